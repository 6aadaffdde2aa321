using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultations.Web.Features.Help;

[AllowAnonymous]
[Route("help")]
public sealed class HelpController(UserGuides guides) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(UserGuides.All.OrderByDescending(g => User.IsInRole(g.Role)).ToList());

    [HttpGet("{name}")]
    public IActionResult Guide(string name) =>
        guides.Render(name, guide => Url.Action(nameof(Guide), new { name = guide })!, image => Url.Action(nameof(Image), new { fileName = image })!) is { } guide
            ? View(guide)
            : NotFound();

    [HttpGet("img/{fileName}")]
    [ResponseCache(Duration = 86400)]
    public IActionResult Image(string fileName) => UserGuides.Image(fileName) is { } jpeg ? File(jpeg, "image/jpeg") : NotFound();
}

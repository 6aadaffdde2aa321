using Consultations.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultations.Web.Features.DevMail;

/// <summary>
/// Development only, and for administrators only: the .eml files the portal wrote instead of sending, shown as their
/// recipients would see them. They hold reset and invitation links, so nobody else may read them, even in Development.
/// Outside Development the address does not exist (404) for anyone.
/// </summary>
[AllowAnonymous]
[Route("dev/mail")]
public sealed class DevMailController(IOptions<EmailOptions> options, IHostEnvironment environment) : Controller
{
    [HttpGet("")]
    public IActionResult Index()
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        var directory = new DirectoryInfo(options.Value.PickupDirectory);
        var files = directory.Exists
            ? directory.GetFiles("*.eml").OrderByDescending(f => f.Name).Take(200).Select(f => (f.Name, Message: MimeMessage.Load(f.FullName))).ToList()
            : [];
        return View(files);
    }

    [HttpGet("{name}")]
    public IActionResult Show(string name)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        if (name.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '.' and not 'T') || !name.EndsWith(".eml", StringComparison.Ordinal))
        {
            return NotFound();
        }

        var path = Path.Combine(options.Value.PickupDirectory, name);
        return System.IO.File.Exists(path) ? View(MimeMessage.Load(path)) : NotFound();
    }

    private IActionResult? Refused() =>
        !environment.IsDevelopment() ? NotFound()
        : User.Identity?.IsAuthenticated != true ? Challenge()
        : !User.IsInRole(Consultations.Infrastructure.Identity.Roles.Administrator) ? Forbid()
        : null;
}

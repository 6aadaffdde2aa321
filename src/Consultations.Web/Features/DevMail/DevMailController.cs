using Consultations.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultations.Web.Features.DevMail;

/// <summary>Development only: the .eml files the portal wrote instead of sending, shown as their recipients would see them.</summary>
[AllowAnonymous]
[Route("dev/mail")]
public sealed class DevMailController(IOptions<EmailOptions> options, IHostEnvironment environment) : Controller
{
    [HttpGet("")]
    public IActionResult Index()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
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
        if (!environment.IsDevelopment() || name.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '.' and not 'T') || !name.EndsWith(".eml", StringComparison.Ordinal))
        {
            return NotFound();
        }

        var path = Path.Combine(options.Value.PickupDirectory, name);
        return System.IO.File.Exists(path) ? View(MimeMessage.Load(path)) : NotFound();
    }
}

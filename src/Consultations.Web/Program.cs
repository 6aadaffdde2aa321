using Consultations.Web.Cli;
using Consultations.Web.Composition;

if (args.Length > 0 && args[0] == ParseCircularCommand.Name)
{
    return ParseCircularCommand.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddConsultations();

var app = builder.Build();
await app.InitializeDatabaseAsync();
if (args.Length > 0 && args[0] == MoveFilesCommand.Name)
{
    return await MoveFilesCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

app.UseConsultations();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

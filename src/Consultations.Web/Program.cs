using Consultations.Web.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsultations();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseConsultations();
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

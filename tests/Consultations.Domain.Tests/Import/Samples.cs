namespace Consultations.Domain.Tests.Import;

internal static class Samples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Circulars", name));

    public const string Circular104English = "tsb-circular-104-2026-en.txt";
    public const string Circular104Chinese = "tsb-circular-104-2026-zh.txt";
    public const string Circular142English = "tsb-circular-142-2023-en.txt";
}

namespace Consultations.Testing;

public static class Repository
{
    /// <summary>The folder that holds Consultations.sln.</summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Consultations.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Consultations.sln) was not found.");
    }
}

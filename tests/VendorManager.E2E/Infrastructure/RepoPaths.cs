namespace VendorManager.E2E.Infrastructure;

/// <summary>Where the repository and the built web app are, seen from this test assembly.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "VendorManager.Web");

    /// <summary>Debug or Release: whatever this test assembly was built as (…/bin/&lt;Configuration&gt;/net10.0/).</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    public static string WebAppDll => Path.Combine(WebProject, "bin", Configuration, "net10.0", "VendorManager.Web.dll");

    /// <summary>Screenshots of failed tests, next to the test assembly.</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VendorManager.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"VendorManager.sln not found above {AppContext.BaseDirectory}.");
    }
}

using System.Text.RegularExpressions;

namespace VendorManager.Web.Tests.Hosting;

/// <summary>UI text comes from resources so that English stays complete; markup holds no Chinese literals.</summary>
public sealed partial class LocalizationGuardTests
{
    [Fact]
    public void No_razor_file_holds_Chinese_text_of_its_own()
    {
        var root = FindRepoRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src", "VendorManager.Web"), "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => Cjk().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Move these texts to a .resx:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Every_Chinese_resource_has_an_English_twin_with_the_same_keys()
    {
        var root = FindRepoRoot();
        foreach (var chinese in Directory.EnumerateFiles(Path.Combine(root, "src", "VendorManager.Web"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)))
        {
            var english = chinese[..^".resx".Length] + ".en.resx";
            Assert.True(File.Exists(english), $"{english} is missing");
            Assert.Equal(Keys(chinese), Keys(english));
        }
    }

    private static List<string> Keys(string resx) =>
        System.Xml.Linq.XDocument.Load(resx).Root!.Elements("data").Select(e => (string)e.Attribute("name")!).Order().ToList();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VendorManager.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("VendorManager.sln not found above the test folder.");
    }

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Cjk();
}

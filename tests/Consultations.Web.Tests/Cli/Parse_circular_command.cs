using System.Text.Json;
using Consultations.Web.Cli;
using Consultations.Testing;

namespace Consultations.Web.Tests.Cli;

public class Parse_circular_command
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ParseCircularCommand.Run(["parse-circular", .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string SampleFile(string name) =>
        Path.Combine(Repository.Root(), "src", "Consultations.Web", "Demo", "Circulars", name);

    [Fact]
    public void Prints_the_documented_json_for_circular_104()
    {
        var (exit, output, _) = Run(SampleFile("tsb-circular-104-2026-en.txt"));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(104, root.GetProperty("number").GetInt32());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal("2026-02-13", root.GetProperty("date").GetString());
        Assert.Equal("SG17/XY", root.GetProperty("reference").GetString());
        Assert.Equal(17, root.GetProperty("studyGroup").GetInt32());
        Assert.Equal("Geneva", root.GetProperty("meeting").GetProperty("place").GetString());
        Assert.Equal("2026-06-01", root.GetProperty("meeting").GetProperty("start").GetString());
        Assert.Equal("2026-06-10", root.GetProperty("meeting").GetProperty("end").GetString());
        Assert.Equal("2026-05-20", root.GetProperty("deadline").GetString());
        Assert.Equal(2, root.GetProperty("addressees").GetArrayLength());
        Assert.Equal("ITU-T Sector Members", root.GetProperty("copyTo")[0].GetString());
        Assert.Equal("A5Justification", root.GetProperty("noteScopes")[0].GetProperty("kind").GetString());
        Assert.Equal(0, root.GetProperty("noteScopes")[0].GetProperty("except").GetArrayLength());
        var first = root.GetProperty("texts")[0];
        Assert.Equal("Revised", first.GetProperty("kind").GetString());
        Assert.Equal("X.1280", first.GetProperty("recommendation").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("amendmentNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("provisionalName").ValueKind);
        Assert.Equal("Framework for out-of-band mutual authentication using mobile devices", first.GetProperty("title").GetString());
        Assert.StartsWith("In the authentication technology standards, ", first.GetProperty("summary").GetString());
        Assert.Equal("SG17-R25", first.GetProperty("documentRef").GetString());
        Assert.Equal(0, first.GetProperty("notes").GetArrayLength());
        Assert.StartsWith("No ITU-T A.5 justification document has been submitted", root.GetProperty("notes")[0].GetString());
        Assert.Equal(0, root.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void Reads_circular_142_as_docx_with_its_amendment()
    {
        var file = Path.Combine(Path.GetTempPath(), $"circular-142-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(file, SampleDocuments.Docx(SampleDocuments.Read("tsb-circular-142-2023-en.txt")));
        try
        {
            var (exit, output, _) = Run(file);

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            var amendment = json.RootElement.GetProperty("texts")[5];
            Assert.Equal("Amendment", amendment.GetProperty("kind").GetString());
            Assert.Equal("X.1352", amendment.GetProperty("recommendation").GetString());
            Assert.Equal(1, amendment.GetProperty("amendmentNumber").GetInt32());
            Assert.Equal("R49", amendment.GetProperty("documentRef").GetString());
            Assert.Equal(8, json.RootElement.GetProperty("texts").GetArrayLength());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Reads_the_Chinese_circular_with_its_Chinese_titles()
    {
        var (exit, output, _) = Run(SampleFile("tsb-circular-104-2026-zh.txt"));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("zh", json.RootElement.GetProperty("language").GetString());
        Assert.Equal("使用移动设备的带外相互认证框架", json.RootElement.GetProperty("texts")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void A_file_that_cannot_be_read_exits_2_with_a_message()
    {
        var (exit, output, error) = Run("/no/such/circular.docx");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Cannot read '/no/such/circular.docx'", error);
    }

    [Fact]
    public void A_missing_argument_exits_2_with_the_usage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, ParseCircularCommand.Run(["parse-circular"], output, error));
        Assert.Contains("Usage: parse-circular", error.ToString());
    }
}

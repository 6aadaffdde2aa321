namespace Consultations.Web.Tests.Foundation;

/// <summary>
/// Features share through Features.Shared and the lower layers, never through each other in a circle: a change to
/// one feature can then be understood without reading the ones that use it.
/// </summary>
public class Namespaces_have_no_cycles
{
    [Fact]
    public void The_web_assembly_has_no_namespace_cycle()
    {
        var graph = NamespaceGraph.Of(typeof(Program).Assembly, "Consultations.Web");

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "Namespaces that use each other in a circle:\n" + string.Join("\n\n", cycles.Select(c => string.Join('\n', c))));
    }

    [Fact]
    public void The_check_finds_a_cycle_and_passes_a_layering()
    {
        var layered = new NamespaceGraph([("Features.Replies", "Features.Shared", "x"), ("Features.Tally", "Features.Shared", "y"), ("Composition", "Features.Tally", "z")]);
        var circular = new NamespaceGraph([("Features.Replies", "Features.Tally", "a"), ("Features.Tally", "Email", "b"), ("Email", "Features.Replies", "c"), ("Email", "Features.Shared", "d")]);

        Assert.Empty(layered.Cycles());
        var cycle = Assert.Single(circular.Cycles());
        Assert.Equal(3, cycle.Count);
        Assert.Contains("Email -> Features.Replies (c)", cycle);
    }

    [Fact]
    public void The_reading_sees_uses_inside_method_bodies_but_not_nameof()
    {
        var graph = NamespaceGraph.Of(typeof(Namespaces_have_no_cycles).Assembly, "Consultations.Web.Tests.Foundation.GraphSample");

        Assert.True(graph.Uses("Consultations.Web.Tests.Foundation.GraphSample.Body", "Consultations.Web.Tests.Foundation.GraphSample.Helpers"));
        Assert.False(graph.Uses("Consultations.Web.Tests.Foundation.GraphSample.Helpers", "Consultations.Web.Tests.Foundation.GraphSample.Body"));
        Assert.Equal(7, GraphSample.Body.UsesAHelperInItsBody.Run());
    }
}

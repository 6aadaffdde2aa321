namespace Consultations.Web.Tests.Foundation.GraphSample.Body;

/// <summary>A sample for the namespace reading: it uses <see cref="Helpers.Seven"/> only inside a method body.</summary>
public static class UsesAHelperInItsBody
{
    public static int Run() => new Helpers.Seven().Value;
}

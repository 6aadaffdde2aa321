namespace Consultations.Web.Tests.Foundation.GraphSample.Helpers;

/// <summary>A sample for the namespace reading: it names the body's method with <c>nameof</c> only.</summary>
public sealed class Seven
{
    public int Value => nameof(Body.UsesAHelperInItsBody.Run).Length + 4;
}

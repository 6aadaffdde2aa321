using Microsoft.AspNetCore.Mvc.Razor;

namespace Consultations.Web.Composition;

/// <summary>Views live beside their controller in Features/&lt;Feature&gt;/, shared ones in Features/Shared/.</summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        ["/Features/{1}/{0}.cshtml", "/Features/Shared/{0}.cshtml", .. viewLocations];

    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }
}

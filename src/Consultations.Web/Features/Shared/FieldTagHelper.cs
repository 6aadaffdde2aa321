using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Consultations.Web.Features.Shared;

/// <summary>
/// One accessible form field: label, input, optional hint and the field's error message, tied together by
/// aria-describedby and aria-invalid. <c>&lt;field asp-for="Email" type="email" autocomplete="username" /&gt;</c>
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    /// <summary>text (default), email, password, date, number, checkbox, textarea, select.</summary>
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Already localized help text shown under the label.</summary>
    public string? Hint { get; set; }

    public IEnumerable<SelectListItem>? Items { get; set; }

    public int Rows { get; set; } = 4;

    public bool Autofocus { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name), "_");
        var hintId = $"{id}-hint";
        var errorId = $"{id}-error";
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name), out var entry)
            && entry.Errors.Count > 0;
        var describedBy = string.Join(' ', new[] { Hint is null ? null : hintId, hasError ? errorId : null }.Where(x => x is not null));

        var attributes = new Dictionary<string, object?>();
        if (describedBy.Length > 0)
        {
            attributes["aria-describedby"] = describedBy;
        }

        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (Autofocus)
        {
            attributes["autofocus"] = "autofocus";
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var isCheckbox = Type == "checkbox";
        output.Attributes.SetAttribute("class", isCheckbox ? "form-check mb-3" : "mb-3");

        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, name, labelText: null, htmlAttributes: new { @class = isCheckbox ? "form-check-label" : "form-label" });
        var input = BuildInput(name, attributes, isCheckbox);
        var hint = Hint is null ? null : Tag("div", "form-text mt-0 mb-1", hintId, Hint);
        var error = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, message: null, tag: "div", htmlAttributes: new { @class = "field-validation-error", id = errorId });

        if (isCheckbox)
        {
            output.Content.AppendHtml(input).AppendHtml(label);
            if (hint is not null)
            {
                output.Content.AppendHtml(hint);
            }
        }
        else
        {
            output.Content.AppendHtml(label);
            if (hint is not null)
            {
                output.Content.AppendHtml(hint);
            }

            output.Content.AppendHtml(input);
        }

        output.Content.AppendHtml(error);
    }

    private Microsoft.AspNetCore.Html.IHtmlContent BuildInput(string name, Dictionary<string, object?> attributes, bool isCheckbox)
    {
        switch (Type)
        {
            case "checkbox":
                attributes["class"] = "form-check-input";
                return generator.GenerateCheckBox(ViewContext, For.ModelExplorer, name, isChecked: null, htmlAttributes: attributes);
            case "textarea":
                attributes["class"] = "form-control";
                return generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, Rows, columns: 0, htmlAttributes: attributes);
            case "select":
                attributes["class"] = "form-select";
                return generator.GenerateSelect(ViewContext, For.ModelExplorer, optionLabel: null, name, Items ?? [], allowMultiple: false, htmlAttributes: attributes);
            case "password":
                attributes["class"] = "form-control";
                return generator.GeneratePassword(ViewContext, For.ModelExplorer, name, value: null, htmlAttributes: attributes);
            default:
                attributes["class"] = "form-control";
                attributes["type"] = Type;
                var value = Type == "date" && For.Model is DateOnly date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : For.Model;
                return generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, value, format: null, htmlAttributes: attributes);
        }
    }

    private static TagBuilder Tag(string tagName, string cssClass, string id, string text)
    {
        var tag = new TagBuilder(tagName);
        tag.AddCssClass(cssClass);
        tag.Attributes["id"] = id;
        tag.InnerHtml.Append(text);
        return tag;
    }
}

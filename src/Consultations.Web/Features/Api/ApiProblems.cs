using Consultations.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Consultations.Web.Features.Api;

/// <summary>RFC 9457 problem details for the API, naming the rule broken and, where it concerns one, the text.</summary>
public static class ApiProblems
{
    public const string TypeBase = "https://consultations.itu.int/problems/";

    public static ObjectResult Rule(DomainException error) =>
        Result(StatusCodes.Status422UnprocessableEntity, error.Code, "A rule of the consultation refuses this reply.", error.Message, error.Subject is { } subject && int.TryParse(subject, out var textId) ? textId : null);

    public static ObjectResult Result(int status, string rule, string title, string detail, int? textId = null)
    {
        var problem = new ProblemDetails { Type = TypeBase + rule, Title = title, Detail = detail, Status = status };
        problem.Extensions["rule"] = rule;
        if (textId is not null)
        {
            problem.Extensions["textId"] = textId;
        }

        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }
}

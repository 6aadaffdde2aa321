using Consultations.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Foundation;

/// <summary>
/// Every endpoint of the application with the access rule it is meant to have: the policies of its controller and
/// action, "anonymous" where it allows anyone, "open" for the health checks. The list is compared with the
/// application's own endpoints (<see cref="EndpointDataSource"/>), so a new endpoint, or a rule that changes, fails
/// here until someone writes down what it should be. What each rule lets each visitor do is tested over HTTP by
/// <see cref="Authorization_of_every_page"/> and <c>Api.Authorization_of_every_API_endpoint</c>.
/// </summary>
public class Every_endpoint_has_its_access_rule(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string> Expected = new()
    {
        { "* /health/live", "open" },
        { "* /health/ready", "open" },
        { "* /error/{code:int}", "anonymous" },
        { "GET /", "anonymous" },
        { "GET /help", "anonymous" },
        { "GET /help/{name}", "anonymous" },
        { "GET /help/img/{fileName}", "anonymous" },
        { "GET /api/reference/{documentName?}", "anonymous" },
        { "GET /api/reference/favicon.svg", "anonymous" },
        { "GET /api/reference/scalar.aspnetcore.js", "anonymous" },
        { "GET /api/reference/scalar.js", "anonymous" },
        { "GET /openapi/{documentName}.json", "anonymous" },
        { "GET /account/accept-invitation", "anonymous" },
        { "GET /account/access-denied", "anonymous" },
        { "GET /account/forgot-password", "anonymous" },
        { "GET /account/locked-out", "anonymous" },
        { "GET /account/recovery-code", "anonymous" },
        { "GET /account/reset-password", "anonymous" },
        { "GET /account/sign-in", "anonymous" },
        { "GET /account/two-factor", "anonymous" },
        { "GET /api/v1/circulars", "anonymous" },
        { "GET /api/v1/circulars/{circularId:int}", "anonymous" },
        { "GET /api/v1/circulars/{circularId:int}/final-tally.csv", "anonymous" },
        { "GET /api/v1/circulars/{circularId:int}/final-tally.json", "anonymous" },
        { "GET /api/v1/circulars/{circularId:int}/non-responders", "Secretariat" },
        { "GET /api/v1/circulars/{circularId:int}/replies", "Secretariat" },
        { "GET /api/v1/circulars/{circularId:int}/reply", "DelegateReady" },
        { "GET /api/v1/circulars/{circularId:int}/reply/versions/{number:int}/receipt.pdf", "DelegateReady" },
        { "GET /api/v1/circulars/{circularId:int}/tally", "Secretariat" },
        { "GET /audit", "ViewAudit" },
        { "GET /calendar/{secret}.ics", "anonymous" },
        { "GET /circulars", "SignedIn" },
        { "GET /circulars/{circularId:int}/annex-2.docx", "TsbStaff" },
        { "GET /circulars/{circularId:int}/calendar.ics", "anonymous" },
        { "GET /circulars/{circularId:int}/deliveries", "TsbStaff" },
        { "GET /circulars/{circularId:int}/letter.{format:regex(^(docx|pdf)$)}", "anonymous" },
        { "GET /circulars/{circularId:int}/notification", "TsbStaff" },
        { "GET /circulars/{circularId:int}/outcomes", "RecordOutcomes" },
        { "GET /circulars/{circularId:int}/record-reply", "TsbStaff" },
        { "GET /circulars/{circularId:int}/tally", "Secretariat" },
        { "GET /circulars/{circularId:int}/tally/export/{file}", "Secretariat" },
        { "GET /circulars/{circularId:int}/tally/files/{storedName}", "Secretariat" },
        { "GET /circulars/{circularId:int}/tally/non-responders", "Secretariat" },
        { "GET /circulars/{circularId:int}/tally/texts/{textId:int}", "Secretariat" },
        { "GET /circulars/{id:int}", "SignedIn" },
        { "GET /circulars/{id:int}/amend", "TsbStaff" },
        { "GET /circulars/{id:int}/edit", "TsbStaff" },
        { "GET /circulars/{id:int}/publish", "TsbStaff" },
        { "GET /circulars/{id:int}/texts/{textId:int}/edit", "TsbStaff" },
        { "GET /circulars/{id:int}/texts/new", "TsbStaff" },
        { "GET /circulars/import", "TsbStaff" },
        { "GET /circulars/new", "TsbStaff" },
        { "GET /dev/mail", "anonymous" },
        { "GET /dev/mail/{name}", "anonymous" },
        { "GET /mail/{messageId:long}", "TsbStaff" },
        { "GET /my-administration", "DelegateReady" },
        { "GET /profile", "SignedIn" },
        { "GET /profile/authenticator", "SignedIn" },
        { "GET /profile/change-password", "SignedIn" },
        { "GET /profile/tokens", "SignedIn" },
        { "GET /profile/two-factor", "SignedIn" },
        { "GET /profile/two-factor/required", "SignedIn" },
        { "GET /public/circulars", "anonymous" },
        { "GET /public/circulars/{id:int}", "anonymous" },
        { "GET /replies", "DelegateReady" },
        { "GET /replies/{circularId:int}", "DelegateReady" },
        { "GET /replies/{circularId:int}/annex-2.docx", "DelegateReady" },
        { "GET /replies/{circularId:int}/confirm", "DelegateReady" },
        { "GET /replies/{circularId:int}/files/{storedName}", "DelegateReady" },
        { "GET /replies/{circularId:int}/versions/{number:int}", "DelegateReady" },
        { "GET /replies/{circularId:int}/versions/{number:int}/receipt.pdf", "DelegateReady" },
        { "GET /roster", "ViewRoster" },
        { "GET /roster/{code}/edit", "ViewRoster+ManageRoster" },
        { "GET /users", "ManageAccounts" },
        { "GET /users/{id}/edit", "ManageAccounts" },
        { "GET /users/invite", "ManageAccounts" },
        { "GET /verify", "anonymous" },
        { "POST /account/accept-invitation", "anonymous" },
        { "POST /account/forgot-password", "anonymous" },
        { "POST /account/recovery-code", "anonymous" },
        { "POST /account/reset-password", "anonymous" },
        { "POST /account/sign-in", "anonymous" },
        { "POST /account/sign-out", "anonymous" },
        { "POST /account/two-factor", "anonymous" },
        { "POST /circulars/{circularId:int}/notification", "TsbStaff" },
        { "POST /circulars/{circularId:int}/outcomes/{textId:int}", "RecordOutcomes" },
        { "POST /circulars/{circularId:int}/outcomes/{textId:int}/opposition", "RecordOutcomes" },
        { "POST /circulars/{circularId:int}/record-reply", "TsbStaff" },
        { "POST /circulars/{circularId:int}/record-reply/read", "TsbStaff" },
        { "POST /circulars/{circularId:int}/tally/visibility", "Secretariat" },
        { "POST /circulars/{id:int}/amend/cancel", "TsbStaff" },
        { "POST /circulars/{id:int}/amend/correct", "TsbStaff" },
        { "POST /circulars/{id:int}/amend/deadline", "TsbStaff" },
        { "POST /circulars/{id:int}/amend/meeting", "TsbStaff" },
        { "POST /circulars/{id:int}/amend/note", "TsbStaff" },
        { "POST /circulars/{id:int}/amend/withdraw", "TsbStaff" },
        { "POST /circulars/{id:int}/edit", "TsbStaff" },
        { "POST /circulars/{id:int}/publish", "TsbStaff" },
        { "POST /circulars/{id:int}/texts/{textId:int}/edit", "TsbStaff" },
        { "POST /circulars/{id:int}/texts/{textId:int}/move", "TsbStaff" },
        { "POST /circulars/{id:int}/texts/{textId:int}/remove", "TsbStaff" },
        { "POST /circulars/{id:int}/texts/new", "TsbStaff" },
        { "POST /circulars/import", "TsbStaff" },
        { "POST /circulars/import/save", "TsbStaff" },
        { "POST /circulars/import/translation", "TsbStaff" },
        { "POST /circulars/new", "TsbStaff" },
        { "POST /language", "anonymous" },
        { "POST /mail/{messageId:long}/retry", "TsbStaff" },
        { "POST /profile", "SignedIn" },
        { "POST /profile/authenticator", "SignedIn" },
        { "POST /profile/calendar", "SignedIn" },
        { "POST /profile/calendar/revoke", "SignedIn" },
        { "POST /profile/change-password", "SignedIn" },
        { "POST /profile/recovery-codes", "SignedIn" },
        { "POST /profile/tokens", "SignedIn" },
        { "POST /profile/tokens/{tokenId:int}/revoke", "SignedIn" },
        { "POST /profile/two-factor/disable", "SignedIn" },
        { "POST /replies/{circularId:int}", "DelegateReady" },
        { "POST /replies/{circularId:int}/submit", "DelegateReady" },
        { "POST /roster/{code}/edit", "ViewRoster+ManageRoster" },
        { "POST /users/{id}/edit", "ManageAccounts" },
        { "POST /users/{id}/resend-invitation", "ManageAccounts" },
        { "POST /users/{id}/unlock", "ManageAccounts" },
        { "POST /users/invite", "ManageAccounts" },
        { "PUT /api/v1/circulars/{circularId:int}/reply", "DelegateReady+ApiReply" },
    };

    [Fact]
    public void The_application_has_exactly_these_endpoints_with_these_rules()
    {
        var actual = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .ToDictionary(
                e => $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} /{e.RoutePattern.RawText!.TrimStart('/')}",
                e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null ? "anonymous"
                    : e.Metadata.GetOrderedMetadata<IAuthorizeData>() is { Count: > 0 } rules ? string.Join("+", rules.Select(a => a.Policy ?? a.Roles ?? "signed-in"))
                    : "open");

        Assert.Equal(Expected.OrderBy(e => e.Key).Select(e => $"{e.Key} | {e.Value}"), actual.OrderBy(e => e.Key).Select(e => $"{e.Key} | {e.Value}"));
    }
}

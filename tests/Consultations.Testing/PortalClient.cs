using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Consultations.Testing;

/// <summary>A browser-like client: keeps cookies, reads pages, posts forms with their antiforgery token.</summary>
public sealed class PortalClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {(await response.Content.ReadAsStringAsync())[..Math.Min(300, (int)(response.Content.Headers.ContentLength ?? 0))]}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Posts to <paramref name="action"/> with the antiforgery token of the page at <paramref name="tokenPage"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string action, IDictionary<string, string> fields, string tokenPage = "/")
    {
        var page = await GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPage}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await http.PostAsync(action, new FormUrlEncodedContent(form));
    }

    /// <summary>Posts a multipart form (fields and files) with the antiforgery token of <paramref name="tokenPage"/>.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(
        string action, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<(string Field, string FileName, byte[] Content)> files, string tokenPage)
    {
        var page = await GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPage}");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (field, fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, fileName);
        }

        return await http.PostAsync(action, form);
    }

    public async Task SignInAsync(TestAccount account)
    {
        var response = await PostAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = account.Email,
            ["Password"] = account.Password,
        }, "/account/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (PortalAssert.PathOf(response.Headers.Location!).StartsWith("/account/two-factor", StringComparison.Ordinal))
        {
            var code = TotpCode(account.AuthenticatorKey ?? throw new InvalidOperationException("Two-factor account without a key."));
            response = await PostAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = code }, PortalAssert.PathOf(response.Headers.Location!));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.DoesNotContain("/account", PortalAssert.PathOf(response.Headers.Location!), StringComparison.Ordinal);
    }

    public static string TotpCode(string key) => AuthenticatorCodes.Next(key);
}

using System.Net;
using System.Text.RegularExpressions;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>
/// Authenticate as ServiceStack's own clients use it, replayed from the exact requests they send: a credentials
/// sign-in, then "am I signed in?" (an Authenticate with neither provider nor user name) with the session cookie,
/// the X-ss-id header or an API key, and logout. The answers are checked in the shape those clients read.
/// </summary>
public sealed partial class ServiceClientAuthenticateTests
{
    private static TestHost Host => SharedHost.Host;

    /// <summary>Sign-in requests as each client writes them (ServiceStack.Text writes .NET DTOs' names as declared).</summary>
    private static readonly Dictionary<string, Func<string, string, string>> SignIns = new()
    {
        ["JsonServiceClient"] = (userName, password) => $$"""
            POST /api/json/reply/Authenticate HTTP/1.1
            Accept: application/json
            User-Agent: ServiceStack .NET Client 8.50
            Content-Type: application/json

            {"provider":"credentials","UserName":"{{userName}}","Password":"{{password}}","RememberMe":true}
            """,
        ["JsonApiClient"] = (userName, password) => $$"""
            POST /api/json/reply/Authenticate HTTP/1.1
            Accept: application/json
            User-Agent: ServiceStack .NET HttpClient 8.50
            Content-Type: application/json; charset=utf-8

            {"provider":"credentials","UserName":"{{userName}}","Password":"{{password}}","RememberMe":true}
            """,
        ["@servicestack/client JsonServiceClient"] = (userName, password) => $$"""
            POST /api/json/reply/Authenticate HTTP/1.1
            Accept: application/json
            Content-Type: application/json

            {"provider":"credentials","userName":"{{userName}}","password":"{{password}}","rememberMe":true}
            """,
        ["JsvServiceClient"] = (userName, password) => $$"""
            POST /api/jsv/reply/Authenticate HTTP/1.1
            Accept: application/jsv
            User-Agent: ServiceStack .NET Client 8.50
            Content-Type: application/jsv

            {provider:credentials,UserName:{{userName}},Password:{{password}},RememberMe:True}
            """,
        ["/auth/credentials"] = (userName, password) => $$"""
            POST /api/auth/credentials HTTP/1.1
            Accept: application/json
            Content-Type: application/json

            {"userName":"{{userName}}","password":"{{password}}","rememberMe":true}
            """,
        // "login" is ServiceStack's alias of the credentials provider.
        ["/auth/login"] = (userName, password) => $$"""
            POST /api/auth/login HTTP/1.1
            Accept: application/json
            Content-Type: application/json

            {"userName":"{{userName}}","password":"{{password}}","rememberMe":true}
            """,
    };

    public static IEnumerable<string> Clients => SignIns.Keys;

    /// <summary>"Am I signed in?" as the .NET JsonServiceClient sends it: <c>client.Post(new Authenticate())</c>, then the credential.</summary>
    private const string JsonSessionQuery = """
        POST /api/json/reply/Authenticate HTTP/1.1
        Accept: application/json
        User-Agent: ServiceStack .NET Client 8.50
        Content-Type: application/json

        {}
        """;

    /// <summary>The same from the JsvServiceClient.</summary>
    private const string JsvSessionQuery = """
        POST /api/jsv/reply/Authenticate HTTP/1.1
        Accept: application/jsv
        User-Agent: ServiceStack .NET Client 8.50
        Content-Type: application/jsv

        {}
        """;

    /// <summary><c>client.Get(new Authenticate())</c> with the predefined route, and the /auth route a browser calls.</summary>
    private const string JsonSessionQueryByGet = """
        GET /api/json/reply/Authenticate HTTP/1.1
        Accept: application/json
        User-Agent: ServiceStack .NET Client 8.50
        """;

    private const string AuthRouteSessionQuery = """
        GET /api/auth HTTP/1.1
        Accept: application/json
        """;

    private const string AuthRoutePostSessionQuery = """
        POST /api/auth HTTP/1.1
        Accept: application/json
        Content-Type: application/json

        {}
        """;

    private static readonly Dictionary<string, string> SessionQueries = new()
    {
        ["JsonServiceClient POST"] = JsonSessionQuery,
        ["JsonServiceClient GET"] = JsonSessionQueryByGet,
        ["GET /auth"] = AuthRouteSessionQuery,
        ["POST /auth"] = AuthRoutePostSessionQuery,
        ["JsvServiceClient POST"] = JsvSessionQuery,
    };

    public static IEnumerable<string> SessionQueryNames => SessionQueries.Keys;

    [TestCaseSource(nameof(Clients))]
    public async Task A_sign_in_answers_who_signed_in_with_the_session_it_started(string client)
    {
        using var http = Host.CreateRawClient(handleCookies: false);

        using var response = await http.SendAsync(RawHttpRequest.Parse(SignIns[client](Host.SuperUserEmail, Host.SuperUserPassword)));

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var answer = Read(response.Content.Headers.ContentType!.MediaType!, body);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Members, Is.EqualTo(new[] { "userId", "sessionId", "userName", "displayName", "roles", "permissions" }), body);
            Assert.That(answer["userId"], Has.Length.EqualTo(32), body);
            Assert.That(answer["sessionId"], Has.Length.GreaterThanOrEqualTo(40), body);
            Assert.That(answer["userName"], Is.EqualTo(Host.SuperUserEmail), body);
            Assert.That(answer["displayName"], Is.EqualTo(Host.SuperUserEmail), body);
            Assert.That(answer["roles"], Is.EqualTo("[SuperUser]"), body);
            Assert.That(answer["permissions"], Is.EqualTo("[]"), body);
            Assert.That(cookies, Has.Some.StartsWith($"ss-id={answer["sessionId"]};"));
            Assert.That(cookies, Has.Some.StartsWith($"ss-pid={answer["sessionId"]};"), "rememberMe was read");
        }
    }

    [TestCaseSource(nameof(Clients))]
    public async Task A_wrong_password_is_401_in_the_clients_format(string client)
    {
        using var http = Host.CreateRawClient(handleCookies: false);

        using var response = await http.SendAsync(RawHttpRequest.Parse(SignIns[client](Host.SuperUserEmail, Host.SuperUserPassword + "x")));

        var body = await response.Content.ReadAsStringAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), body);
            Assert.That(response.ReasonPhrase, Is.EqualTo("Unauthorized"));
            Assert.That(body, Does.Contain("Invalid UserName or Password"));
            Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
        }
    }

    [Test]
    public async Task A_wrong_password_is_401_from_the_csv_reply_route()
    {
        using var http = Host.CreateRawClient(handleCookies: false);
        // A form post is what reaches a CSV route: no ServiceStack client writes CSV requests.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/csv/reply/Authenticate")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["provider"] = "credentials", ["UserName"] = Host.SuperUserEmail, ["Password"] = Host.SuperUserPassword + "x",
            }),
        };

        using var response = await http.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"), body);
            Assert.That(body, Does.Contain("Invalid UserName or Password"));
        }
    }

    [TestCaseSource(nameof(SessionQueryNames))]
    public async Task An_empty_authenticate_with_the_session_cookie_answers_the_session_and_keeps_the_cookies(string query)
    {
        var (sessionId, userId) = await SignInAsync();
        var request = RawHttpRequest.Parse(SessionQueries[query]);
        request.Headers.Add("Cookie", $"ss-id={sessionId}; ss-pid={sessionId}; ss-opt=perm");

        var (response, answer, body) = await SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            Assert.That(answer.Members, Is.EqualTo(new[] { "userId", "sessionId", "userName", "displayName", "roles", "permissions" }), body);
            Assert.That(answer["userId"], Is.EqualTo(userId), body);
            Assert.That(answer["sessionId"], Is.EqualTo(sessionId), body);
            Assert.That(answer["userName"], Is.EqualTo(Host.SuperUserEmail), body);
            Assert.That(answer["displayName"], Is.EqualTo(Host.SuperUserEmail), body);
            Assert.That(answer["roles"], Is.EqualTo("[SuperUser]"), body);
            Assert.That(answer["permissions"], Is.EqualTo("[]"), body);
            // Rewriting ss-id without ss-pid would end the remembered sign-in's permanent cookie.
            Assert.That(response.Headers.Contains("Set-Cookie"), Is.False, "the answer leaves the cookies as they are");
        }
    }

    [Test]
    public async Task An_empty_authenticate_with_the_x_ss_id_header_answers_that_session()
    {
        var (sessionId, userId) = await SignInAsync();
        var request = RawHttpRequest.Parse(JsonSessionQuery);
        request.Headers.Add("X-ss-id", sessionId);

        var (response, answer, body) = await SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(answer["userId"], Is.EqualTo(userId), body);
        Assert.That(answer["sessionId"], Is.EqualTo(sessionId), body);
    }

    [Test]
    public async Task An_empty_authenticate_with_an_api_key_answers_the_keys_user_without_a_session()
    {
        var (_, userId) = await SignInAsync();
        var request = RawHttpRequest.Parse(JsonSessionQuery);
        request.Headers.Add("Authorization", $"Bearer {Host.SuperUserApiKey}");

        var (response, answer, body) = await SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            Assert.That(answer.Members, Is.EqualTo(new[] { "userId", "userName", "displayName", "roles", "permissions" }), body);
            Assert.That(answer["userId"], Is.EqualTo(userId), body);
            Assert.That(answer["userName"], Is.EqualTo(Host.SuperUserEmail), body);
            Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
        }
    }

    [TestCase("JsonServiceClient POST", null)]
    [TestCase("JsonServiceClient GET", null)]
    [TestCase("GET /auth", null)]
    [TestCase("POST /auth", null)]
    [TestCase("JsvServiceClient POST", null)]
    [TestCase("JsonServiceClient POST", "ss-id=not-a-session")]
    public async Task An_empty_authenticate_without_a_session_is_401_with_a_response_status(string query, string? cookie)
    {
        var request = RawHttpRequest.Parse(SessionQueries[query]);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);

        var (response, _, body) = await SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), body);
            Assert.That(response.ReasonPhrase, Is.EqualTo("Unauthorized"));
            Assert.That(body, Does.Match("responseStatus[\":]+\\{[\"]?errorCode[\":]+Unauthorized[\"]?,[\"]?message[\":]+Not Authenticated"));
        }
    }

    [Test]
    public async Task After_logout_the_session_query_is_401()
    {
        var (sessionId, _) = await SignInAsync();
        var logout = RawHttpRequest.Parse("""
            POST /api/json/reply/Authenticate HTTP/1.1
            Accept: application/json
            User-Agent: ServiceStack .NET Client 8.50
            Content-Type: application/json

            {"provider":"logout"}
            """);
        logout.Headers.Add("Cookie", $"ss-id={sessionId}");
        var (loggedOut, _, logoutBody) = await SendAsync(logout);
        var query = RawHttpRequest.Parse(JsonSessionQuery);
        query.Headers.Add("Cookie", $"ss-id={sessionId}");

        var (response, _, body) = await SendAsync(query);

        Assert.That(loggedOut.StatusCode, Is.EqualTo(HttpStatusCode.OK), logoutBody);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), body);
    }

    [Test]
    public async Task The_referrer_url_is_the_continue_parameter_else_the_referer()
    {
        var signIn = RawHttpRequest.Parse(SignIns["JsonServiceClient"](Host.SuperUserEmail, Host.SuperUserPassword));
        signIn.RequestUri = new Uri("/api/json/reply/Authenticate?continue=%2Fdashboard%3Ftab%3D1", UriKind.Relative);
        var (signedIn, signInAnswer, signInBody) = await SendAsync(signIn);
        var query = RawHttpRequest.Parse(JsonSessionQuery);
        query.Headers.Add("Cookie", $"ss-id={signInAnswer["sessionId"]}");
        query.Headers.Referrer = new Uri("https://portal.example.com/admin");

        var (_, queryAnswer, queryBody) = await SendAsync(query);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), signInBody);
            Assert.That(signInAnswer["referrerUrl"], Is.EqualTo("/dashboard?tab=1"), signInBody);
            Assert.That(signInAnswer.Members.ElementAt(4), Is.EqualTo("referrerUrl"), "in ServiceStack's order, after displayName");
            Assert.That(queryAnswer["referrerUrl"], Is.EqualTo("https://portal.example.com/admin"), queryBody);
        }
    }

    [Test]
    public async Task A_sign_in_by_get_is_refused_so_that_no_password_travels_in_a_url()
    {
        var request = RawHttpRequest.Parse($"""
            GET /api/auth/credentials?userName={Uri.EscapeDataString(Host.SuperUserEmail)}&password={Host.SuperUserPassword} HTTP/1.1
            Accept: application/json
            """);

        var (response, _, body) = await SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed), body);
            Assert.That(body, Does.Contain("\"errorCode\":\"NotSupportedException\""));
            Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
        }
    }

    [Test]
    public async Task An_empty_authenticate_no_longer_asks_for_a_user_name_but_credentials_without_one_do()
    {
        var request = RawHttpRequest.Parse("""
            POST /api/json/reply/Authenticate HTTP/1.1
            Accept: application/json
            Content-Type: application/json

            {"provider":"credentials","password":"x"}
            """);

        var (response, _, body) = await SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(body, Does.Contain("'User Name' must not be empty."));
    }

    private static async Task<(string SessionId, string UserId)> SignInAsync()
    {
        var (response, answer, body) = await SendAsync(RawHttpRequest.Parse(SignIns["JsonServiceClient"](Host.SuperUserEmail, Host.SuperUserPassword)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return (answer["sessionId"]!, answer["userId"]!);
    }

    private static async Task<(HttpResponseMessage Response, Answer Answer, string Body)> SendAsync(HttpRequestMessage request)
    {
        using var http = Host.CreateRawClient(handleCookies: false);
        var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response, Read(response.Content.Headers.ContentType?.MediaType ?? "", body), body);
    }

    private static Answer Read(string mediaType, string body) => mediaType switch
    {
        "application/json" => Answer.FromJson(body),
        "application/jsv" => Answer.FromJsv(body),
        _ => throw new AssertionException($"unexpected {mediaType}: {body}"),
    };

    /// <summary>An answer's top-level members in order, scalars as text and lists as [a,b], whatever the format.</summary>
    private sealed partial class Answer(List<KeyValuePair<string, string>> members)
    {
        public IEnumerable<string> Members => members.Select(m => m.Key);

        public string? this[string name] => members.FirstOrDefault(m => m.Key == name).Value;

        public static Answer FromJson(string body) => new([.. System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject().Select(p =>
            KeyValuePair.Create(p.Key, p.Value is System.Text.Json.Nodes.JsonArray list
                ? $"[{string.Join(",", list.Select(i => i!.GetValue<string>()))}]"
                : p.Value?.ToString() ?? ""))]);

        /// <summary>A flat JSV object as this answer has one: scalars without commas, lists of such scalars.</summary>
        public static Answer FromJsv(string body)
        {
            Assert.That(body, Does.StartWith("{").And.EndWith("}"), body);
            return new([.. JsvMember().Matches(body[1..^1]).Select(m => KeyValuePair.Create(m.Groups["name"].Value, m.Groups["value"].Value))]);
        }

        [GeneratedRegex(@"(?<name>\w+):(?<value>\[[^\]]*\]|\{.*\}|[^,]*)(,|$)")]
        private static partial Regex JsvMember();
    }
}

using System.Net;
using System.Runtime.Serialization;
using System.Security;
using System.Text;
using System.Xml;
using CccApi.Tests.Infrastructure;
using ServiceStackCompat;

namespace CccApi.Tests.Auth;

/// <summary>
/// A credentials sign-in by ServiceStack's XmlServiceClient: it posts Authenticate as the DataContract
/// serializer writes ServiceStack's DTO (every member in its declared DataMember order, the unset ones
/// nil) and reads AuthenticateResponse with that serializer, which skips any member that comes after
/// where its order puts it, so an answer in another order loses members without an error.
/// </summary>
public sealed class XmlServiceClientSignInTests
{
    private const string TypesNamespace = "http://schemas.servicestack.net/types";

    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task A_right_password_is_an_authenticate_response_the_client_reads_whole()
    {
        using var anonymous = Host.CreateRawClient(handleCookies: false);

        using var response = await PostAuthenticateAsync(anonymous, Host.SuperUserEmail, Host.SuperUserPassword);

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        var answer = ReadAsClient(body);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.SessionId, Has.Length.GreaterThanOrEqualTo(40), body);
            Assert.That(cookies, Has.Some.StartsWith($"ss-id={answer.SessionId};"));
            Assert.That(cookies, Has.Some.StartsWith($"ss-pid={answer.SessionId};"), "RememberMe, sent after Password, was read");
            Assert.That(answer.UserId, Has.Length.EqualTo(32), body);
            Assert.That(answer.UserName, Is.EqualTo(Host.SuperUserEmail), body);
            Assert.That(answer.DisplayName, Is.EqualTo(Host.SuperUserEmail), body);
            Assert.That(answer.Roles, Is.EqualTo(new[] { "SuperUser" }), body);
            Assert.That(answer.Permissions, Is.Empty, body);
            Assert.That(answer.ResponseStatus, Is.Null, body);
        }
    }

    [Test]
    public async Task A_wrong_password_is_401_with_a_response_status_the_client_reads()
    {
        using var anonymous = Host.CreateRawClient(handleCookies: false);

        using var response = await PostAuthenticateAsync(anonymous, Host.SuperUserEmail, Host.SuperUserPassword + "x");

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        var answer = ReadAsClient(body);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.ResponseStatus?.ErrorCode, Is.EqualTo("Unauthorized"), body);
            Assert.That(answer.ResponseStatus?.Message, Is.EqualTo("Invalid UserName or Password"), body);
            Assert.That(answer.SessionId, Is.Null, body);
            Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
        }
    }

    [Test]
    public async Task An_empty_authenticate_with_the_session_cookie_answers_the_session_the_client_reads_whole()
    {
        using var anonymous = Host.CreateRawClient(handleCookies: false);
        using var signIn = await PostAuthenticateAsync(anonymous, Host.SuperUserEmail, Host.SuperUserPassword);
        var signedIn = ReadAsClient(await signIn.Content.ReadAsStringAsync());

        using var response = await PostEmptyAuthenticateAsync(anonymous, $"ss-id={signedIn.SessionId}");

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var answer = ReadAsClient(body);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.UserId, Is.EqualTo(signedIn.UserId), body);
            Assert.That(answer.SessionId, Is.EqualTo(signedIn.SessionId), body);
            Assert.That(answer.UserName, Is.EqualTo(Host.SuperUserEmail), body);
            Assert.That(answer.DisplayName, Is.EqualTo(Host.SuperUserEmail), body);
            Assert.That(answer.Roles, Is.EqualTo(new[] { "SuperUser" }), body);
            Assert.That(answer.Permissions, Is.Empty, body);
            Assert.That(answer.ResponseStatus, Is.Null, body);
        }
    }

    [Test]
    public async Task An_empty_authenticate_without_a_session_is_401_the_client_reads()
    {
        using var anonymous = Host.CreateRawClient(handleCookies: false);

        using var response = await PostEmptyAuthenticateAsync(anonymous, cookie: null);

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), body);
        var answer = ReadAsClient(body);
        Assert.That(answer.ResponseStatus?.ErrorCode, Is.EqualTo("Unauthorized"), body);
        Assert.That(answer.ResponseStatus?.Message, Is.EqualTo("Not Authenticated"), body);
    }

    /// <summary>The body XmlServiceClient sends for <c>client.Post(new Authenticate())</c>: every member nil.</summary>
    private static async Task<HttpResponseMessage> PostEmptyAuthenticateAsync(HttpClient http, string? cookie)
    {
        var xml =
            $"<Authenticate xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns=\"{TypesNamespace}\">" +
            "<provider i:nil=\"true\"/><State i:nil=\"true\"/><oauth_token i:nil=\"true\"/><oauth_verifier i:nil=\"true\"/>" +
            "<UserName i:nil=\"true\"/><Password i:nil=\"true\"/><RememberMe i:nil=\"true\"/><ErrorView i:nil=\"true\"/>" +
            "<nonce i:nil=\"true\"/><uri i:nil=\"true\"/><response i:nil=\"true\"/><qop i:nil=\"true\"/><nc i:nil=\"true\"/>" +
            "<cnonce i:nil=\"true\"/><AccessToken i:nil=\"true\"/><AccessTokenSecret i:nil=\"true\"/><scope i:nil=\"true\"/>" +
            "<Meta i:nil=\"true\" xmlns:d2p1=\"http://schemas.microsoft.com/2003/10/Serialization/Arrays\"/></Authenticate>";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/xml/reply/Authenticate")
        {
            Content = new StringContent(xml, Encoding.UTF8, "application/xml"),
        };
        request.Headers.Accept.ParseAdd("application/xml");
        request.Headers.UserAgent.ParseAdd("ServiceStack .NET Client 8.50");
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return await http.SendAsync(request);
    }

    /// <summary>The body XmlServiceClient sends for <c>new Authenticate { provider = "credentials", UserName, Password, RememberMe = true }</c>.</summary>
    private static async Task<HttpResponseMessage> PostAuthenticateAsync(HttpClient http, string userName, string password)
    {
        var xml =
            $"<Authenticate xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns=\"{TypesNamespace}\">" +
            "<provider>credentials</provider><State i:nil=\"true\"/><oauth_token i:nil=\"true\"/><oauth_verifier i:nil=\"true\"/>" +
            $"<UserName>{SecurityElement.Escape(userName)}</UserName><Password>{SecurityElement.Escape(password)}</Password>" +
            "<RememberMe>true</RememberMe><ErrorView i:nil=\"true\"/><nonce i:nil=\"true\"/><uri i:nil=\"true\"/><response i:nil=\"true\"/>" +
            "<qop i:nil=\"true\"/><nc i:nil=\"true\"/><cnonce i:nil=\"true\"/><AccessToken i:nil=\"true\"/><AccessTokenSecret i:nil=\"true\"/>" +
            "<scope i:nil=\"true\"/><Meta i:nil=\"true\" xmlns:d2p1=\"http://schemas.microsoft.com/2003/10/Serialization/Arrays\"/></Authenticate>";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/xml/reply/Authenticate")
        {
            Content = new StringContent(xml, Encoding.UTF8, "application/xml"),
        };
        return await http.SendAsync(request);
    }

    /// <summary>Reads the answer as XmlServiceClient does: the DataContract serializer with ServiceStack's AuthenticateResponse contract.</summary>
    private static ClientAuthenticateResponse ReadAsClient(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return (ClientAuthenticateResponse)new DataContractSerializer(typeof(ClientAuthenticateResponse)).ReadObject(reader)!;
    }

    /// <summary>The members of ServiceStack's AuthenticateResponse, as its clients declare them (name, namespace and order).</summary>
    [DataContract(Name = "AuthenticateResponse", Namespace = TypesNamespace)]
    private sealed class ClientAuthenticateResponse
    {
        [DataMember(Order = 1)] public string? UserId { get; set; }
        [DataMember(Order = 2)] public string? SessionId { get; set; }
        [DataMember(Order = 3)] public string? UserName { get; set; }
        [DataMember(Order = 4)] public string? DisplayName { get; set; }
        [DataMember(Order = 5)] public string? ReferrerUrl { get; set; }
        [DataMember(Order = 6)] public string? BearerToken { get; set; }
        [DataMember(Order = 7)] public string? RefreshToken { get; set; }
        [DataMember(Order = 8)] public string? ProfileUrl { get; set; }
        [DataMember(Order = 9)] public List<string>? Roles { get; set; }
        [DataMember(Order = 10)] public List<string>? Permissions { get; set; }
        [DataMember(Order = 11)] public ResponseStatus? ResponseStatus { get; set; }
        [DataMember(Order = 12)] public Dictionary<string, string>? Meta { get; set; }
    }
}

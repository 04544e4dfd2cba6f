using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// CCC's side of the messaging platform's session check, a contract of this API (the README's "Service admins
/// through the messaging platform"):
/// <c>GET {ServicesApiBaseUrl}/ccc/session?serviceGuid={ServiceGuid}</c> with <c>Authorization: Bearer {token}</c>
/// and <c>Accept: application/json</c>. The platform answers 200 with
/// <c>{"serviceGuid": "...", "email": "...", "isAdmin": true}</c> for a live session of that service (names matched
/// without regard to case), or 401/403 for a token it does not accept. Redirects are not followed; anything else
/// (another status, a body that is not that JSON or longer than 64 KB, no answer within the timeout, no connection,
/// a target address that is not allowed) is the platform being unavailable. The token goes in the header only, is
/// never logged and never stored.
/// </summary>
public sealed class MsgApiSessions(IHttpClientFactory clients)
{
    public const string ClientName = "MsgApiSessions";

    public const string SessionPath = "ccc/session";

    public const int MaxAnswerBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<MsgApiSessionAnswer> CheckAsync(string servicesApiBaseUrl, Guid serviceGuid, string token, CancellationToken ct)
    {
        if (!Uri.TryCreate($"{servicesApiBaseUrl.TrimEnd('/')}/{SessionPath}?serviceGuid={serviceGuid:D}", UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
            return MsgApiSessionAnswer.Unavailable("the collection's ServicesApiBaseUrl is not an http(s) URL");

        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var client = clients.CreateClient(ClientName);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                return MsgApiSessionAnswer.Refused($"the platform answered {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK)
                return MsgApiSessionAnswer.Unavailable($"the platform answered {(int)response.StatusCode}");
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            MsgApiSessionUser? user;
            try
            {
                user = JsonSerializer.Deserialize<MsgApiSessionUser>(body, Json);
            }
            catch (JsonException)
            {
                user = null;
            }
            return user is { Email.Length: > 0, ServiceGuid: not null, IsAdmin: not null }
                ? MsgApiSessionAnswer.Accepted(user)
                : MsgApiSessionAnswer.Unavailable("the platform's answer is not the session JSON");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return MsgApiSessionAnswer.Unavailable("the platform did not answer in time");
        }
        catch (HttpRequestException exception) when (Find<OutboundAddressRefusedException>(exception) is { } refused)
        {
            return MsgApiSessionAnswer.Unavailable(refused.Message, targetRefused: true);
        }
        catch (HttpRequestException exception)
        {
            // Connection refused or reset, name not found, TLS failure, an answer over the size limit.
            return MsgApiSessionAnswer.Unavailable($"no answer from the platform ({exception.HttpRequestError})");
        }
    }

    private static T? Find<T>(Exception exception) where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return null;
    }
}

/// <summary>The platform's 200 answer: whose session the token is, for which service, and whether they administer it.</summary>
public sealed record MsgApiSessionUser(Guid? ServiceGuid, string? Email, bool? IsAdmin);

public enum MsgApiSessionOutcome
{
    Accepted,
    Refused,
    Unavailable,
}

/// <summary>What the platform said; <see cref="Detail"/> is for the log (it never holds the token).</summary>
public sealed record MsgApiSessionAnswer(MsgApiSessionOutcome Outcome, MsgApiSessionUser? User, string Detail, bool TargetRefused = false)
{
    public static MsgApiSessionAnswer Accepted(MsgApiSessionUser user) => new(MsgApiSessionOutcome.Accepted, user, "accepted");

    public static MsgApiSessionAnswer Refused(string detail) => new(MsgApiSessionOutcome.Refused, null, detail);

    public static MsgApiSessionAnswer Unavailable(string detail, bool targetRefused = false) => new(MsgApiSessionOutcome.Unavailable, null, detail, targetRefused);
}

using Microsoft.Extensions.Primitives;
using ServiceStackCompat.Auth;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Pipeline;

/// <summary>
/// <c>Cache-Control: no-store</c> on every answer of an operation that identifies its caller (all but the
/// <c>[AllowAnonymous]</c> ones that do not: tenant data, API keys, admin users, sessions, sign-in's session id
/// and logout) and on every operation answer to a request that carries a credential, errors included, so
/// neither a browser nor a shared cache keeps a copy that the next user of the machine or proxy could be
/// served. Public documents (metadata pages, native types, OpenAPI) and anonymous answers stay cacheable.
/// </summary>
internal static class PrivateAnswers
{
    private static readonly StringValues NoStore = "no-store";

    public static void Apply(HttpContext context, OperationModel? operation)
    {
        if (operation is { AnswersPrivately: true } || RequestCredential.IsCarriedBy(context.Request))
            context.Response.Headers.CacheControl = NoStore;
    }
}

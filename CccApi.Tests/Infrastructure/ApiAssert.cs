using System.Net;
using System.Text.Json.Nodes;

namespace CccApi.Tests.Infrastructure;

/// <summary>Assertions on what the API answered.</summary>
public static class ApiAssert
{
    public const string EmptyGuid = "00000000000000000000000000000000";

    /// <summary>A 200 with a JSON body.</summary>
    public static void IsOk(ApiResult result) =>
        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());

    /// <summary>
    /// An error raised by a rule or validator: the status, the error code as reason phrase and as
    /// responseStatus.errorCode, and errors[] naming exactly <paramref name="fields"/> (none when empty).
    /// </summary>
    public static void IsError(ApiResult result, HttpStatusCode status, string errorCode, params string[] fields)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(status), result.ToString());
            Assert.That(result.Reason, Is.EqualTo(errorCode), result.ToString());
            Assert.That(result.ErrorCode, Is.EqualTo(errorCode), result.ToString());
            Assert.That(result.ResponseStatus?["errors"], Is.Not.Null, "errors[] is always present");
            Assert.That(result.ErrorFields, Is.EqualTo(fields), result.ToString());
            Assert.That(result.ResponseStatus?["message"]?.GetValue<string>(), Is.Not.Empty, result.ToString());
        }
    }

    /// <summary>The top-level message and every errors[] entry's code.</summary>
    public static void HasMessage(ApiResult result, string message)
    {
        Assert.That(result.ResponseStatus?["message"]?.GetValue<string>(), Is.EqualTo(message), result.ToString());
        foreach (var error in result.Errors)
            Assert.That(error["message"]?.GetValue<string>(), Is.EqualTo(message), result.ToString());
    }

    /// <summary>The body's top-level property names, in order.</summary>
    public static void HasProperties(ApiResult result, params string[] names) =>
        Assert.That(result.Json.AsObject().Select(p => p.Key), Is.EqualTo(names), result.Body);

    /// <summary>The body of a failed CreateService: the typed response with its defaults.</summary>
    public static void IsCreateServiceErrorShape(ApiResult result)
    {
        HasProperties(result, "serviceGuid", "serviceStatus", "responseStatus");
        Assert.That(result.Text("serviceGuid"), Is.EqualTo(EmptyGuid));
        Assert.That(result.Text("serviceStatus"), Is.EqualTo("Blocked"));
    }

    public static string? Str(this JsonNode? node, string property) => node?[property]?.GetValue<string>();
}

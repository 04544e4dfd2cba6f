using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Metadata;

/// <summary>The built-in Authenticate operation, declared by the layer's contract, has its page like any other.</summary>
public sealed class BuiltInOperationPageTests : ApiTest
{
    [Test]
    public async Task Authenticate_lists_its_request_and_response_members()
    {
        var page = await Client.Http.GetPageAsync("/api/json/metadata?op=Authenticate");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        string[] expected =
        [
            "Authenticate", "GET,POST /api/auth", "GET,POST /api/auth/{provider}",
            "Authenticate Parameters:", "Provider path String No", "UserName body String No", "Password body String No",
            "RememberMe body Boolean No",
            "AuthenticateResponse Parameters:", "UserId form string No", "SessionId form string No",
        ];
        var missing = PageText.MissingInOrder(expected, page.Lines);
        Assert.That(missing, Is.Empty, () => "Missing:\n" + string.Join("\n", missing) + "\n--- page:\n" + string.Join("\n", page.Lines));
    }
}

using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>
/// Authenticate and AuthenticateResponse, the layer's built-in DTOs: ServiceStack's .NET client ships
/// them, so C#, F# and VB.NET leave them out unless IncludeTypes names them (then in ServiceStack's
/// namespace); the other languages declare them like any DTO.
/// </summary>
public sealed class BuiltInOperationTypesTests : ApiTest
{
    [TestCase("csharp")]
    [TestCase("fsharp")]
    [TestCase("vbnet")]
    public async Task The_dotnet_languages_leave_them_out(string language)
    {
        var source = (await Client.GetAsync($"/api/types/{language}")).Body;

        // As words: AuthenticateServiceAdminUser is a CCC operation like any other.
        Assert.That(source, Does.Not.Match(@"\bAuthenticate(Response)?\b"));
        Assert.That(source, Does.Contain("CreateService"));
        Assert.That(source, Does.Contain("AuthenticateServiceAdminUser"));
    }

    [Test]
    public async Task Csharp_declares_them_in_servicestacks_namespace_when_named()
    {
        var source = (await Client.GetAsync("/api/types/csharp?IncludeTypes=Authenticate.*")).Body;

        Assert.That(source, Does.Contain("namespace ServiceStack\n{"));
        Assert.That(source, Does.Contain("public partial class Authenticate"));
        Assert.That(source, Does.Contain("public partial class AuthenticateResponse"));
    }

    [TestCase("typescript", "export class Authenticate implements IReturn<AuthenticateResponse>, IPost")]
    [TestCase("java", "public static class Authenticate implements IReturn<AuthenticateResponse>, IPost")]
    [TestCase("python", "class Authenticate(IReturn[AuthenticateResponse], IPost):")]
    public async Task The_other_languages_declare_them(string language, string declaration)
    {
        var source = (await Client.GetAsync($"/api/types/{language}")).Body;

        Assert.That(source.Split('\n').Select(line => line.Trim()), Does.Contain(declaration));
        Assert.That(source, Does.Contain("AuthenticateResponse"));
    }
}

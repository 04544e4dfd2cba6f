using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>The generated DTOs compile with each language's own compiler, with default and with non-default options.</summary>
[Parallelizable(ParallelScope.Self)] // a host of its own, so the compilers' seconds overlap other fixtures
public sealed class CompileTests
{
    private const string CSharpOptions = "GlobalNamespace=AltDtos&MakePartial=false&MakeVirtual=false&MakeInternal=true&AddNullableAnnotations=true"
        + "&AddDataContractAttributes=true&AddIndexesToDataMembers=true&AddGeneratedCodeAttributes=true&AddResponseStatus=true"
        + "&MakeDataContractsExtensible=true&AddImplicitVersion=2&InitializeCollections=false&AddNamespaces=System.Linq";

    private TestHost _host = null!;
    private ApiClient _client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new TestHost();
        _client = _host.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<string> SourceAsync(string language, string query = "")
    {
        var result = await _client.GetAsync($"/api/types/{language}{(query.Length > 0 ? "?" + query : "")}");
        Assert.That(result.StatusCode, Is.EqualTo(200), result.Body);
        return result.Body;
    }

    [Test]
    public async Task Csharp_compiles_against_the_servicestack_stub()
    {
        var (exitCode, output) = await Compilers.DotNetAsync("csharp", new Dictionary<string, string>
        {
            ["dtos.cs"] = await SourceAsync("csharp"),
            ["dtos.variant.cs"] = await SourceAsync("csharp", CSharpOptions),
        });
        Assert.That(exitCode, Is.Zero, output);
    }

    /// <summary>What a ServiceStack user writes: both namespaces imported, Authenticate from the client library, the rest generated.</summary>
    [Test]
    public async Task A_file_using_both_servicestack_and_the_generated_dtos_compiles()
    {
        const string usersFile = """
            using ServiceStack;
            using CccApi.ServiceModel;

            public static class SignInThenCreate
            {
                public static object[] Requests() =>
                [
                    new Authenticate { provider = "credentials", UserName = "admin@example.com", Password = "secret", RememberMe = true },
                    new CreatePartner { Name = "Acme" },
                ];

                public static IReturn<AuthenticateResponse> SignIn() => new Authenticate();
            }
            """;
        var (exitCode, output) = await Compilers.DotNetAsync("csharp", new Dictionary<string, string>
        {
            ["dtos.cs"] = await SourceAsync("csharp"),
            ["SignInThenCreate.cs"] = usersFile,
        });
        Assert.That(exitCode, Is.Zero, output);
    }

    [Test]
    public async Task Fsharp_compiles_against_the_servicestack_stub()
    {
        var (exitCode, output) = await Compilers.DotNetAsync("fsharp", new Dictionary<string, string>
        {
            ["dtos.fs"] = await SourceAsync("fsharp"),
            ["dtos.variant.fs"] = await SourceAsync("fsharp", "GlobalNamespace=AltDtos&AddDataContractAttributes=true&AddIndexesToDataMembers=true&AddResponseStatus=true&AddImplicitVersion=2&InitializeCollections=false"),
        });
        Assert.That(exitCode, Is.Zero, output);
    }

    [Test]
    public async Task Vbnet_compiles_against_the_servicestack_stub()
    {
        var (exitCode, output) = await Compilers.DotNetAsync("vbnet", new Dictionary<string, string>
        {
            ["dtos.vb"] = await SourceAsync("vbnet"),
            ["dtos.variant.vb"] = await SourceAsync("vbnet", "GlobalNamespace=AltDtos&MakePartial=false&MakeVirtual=false&AddDataContractAttributes=true&AddIndexesToDataMembers=true&AddResponseStatus=true&AddImplicitVersion=2&InitializeCollections=false"),
        });
        Assert.That(exitCode, Is.Zero, output);
    }

    [TestCase("")]
    [TestCase("AddResponseStatus=true&AddImplicitVersion=2&IncludeTypes=CreateService.*")]
    public async Task Python_compiles(string query)
    {
        var (exitCode, output) = await Compilers.PythonAsync(await SourceAsync("python", query));
        Assert.That(exitCode, Is.Zero, output);
    }

    [TestCase("")]
    [TestCase("SettersReturnThis=false&AddResponseStatus=true&AddImplicitVersion=2")]
    public async Task Java_compiles_against_the_client_stub(string query)
    {
        var (exitCode, output) = await Compilers.JavaAsync(await SourceAsync("java", query));
        Assert.That(exitCode, Is.Zero, output);
    }
}

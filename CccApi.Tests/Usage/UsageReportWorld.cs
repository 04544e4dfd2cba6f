using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CccApi.Tests.Lifecycle.StatusHistory;

namespace CccApi.Tests.Usage;

/// <summary>
/// A known history for the report views' tests, played on a host whose clock moves from month to month (as
/// UserCountReportTests plays its own), ending on 3 April 2026 at noon:
/// <list type="bullet">
/// <item>15 January: the first service (with a contact and company whose texts need escaping in CSV and HTML), two
/// Professional users and one Guest (pre-registered).</item>
/// <item>10 February: two more Professionals of the first service, its first Professional moved to the Guests; a
/// second service of the same reseller with one Professional.</item>
/// <item>3 April: one more Guest of the first service.</item>
/// </list>
/// Both services are made CertifiedSecure when created, so the trial-expiry worker never changes them under the tests.
/// From December 2025 to April 2026 the first service has 0, 2, 3, 3, 3 Professionals and 0, 1, 2, 2, 3 Guests; the
/// second 0, 0, 1, 1, 1 Professionals and no Guests; together 0, 2, 4, 4, 4 and 0, 1, 2, 2, 3.
/// </summary>
internal sealed class UsageReportWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset January15 = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset February10 = new(2026, 2, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset April3 = new(2026, 4, 3, 12, 0, 0, TimeSpan.Zero);

    public const string CompanyName = "Acme & <Sons>, Inc.";
    public const string ContactName = "=Pat \"the admin\"";
    public const string ServiceName = "North, \"main\" office";

    private UsageReportWorld(TestHost host, ApiClient superUser)
    {
        Host = host;
        SuperUser = superUser;
    }

    public TestHost Host { get; }

    public ApiClient SuperUser { get; }

    public Guid Partner { get; private set; }

    public Guid Reseller { get; private set; }

    public Guid First { get; private set; }

    public Guid Second { get; private set; }

    public string FirstDomain { get; } = Scenario.UniqueDomain();

    public string FirstCode { get; } = Scenario.Unique("svc-a").ToLowerInvariant();

    /// <summary>The first service's users, oldest first: Professional (a Guest since February), Professional, Guest, Professional, Professional, Guest.</summary>
    public List<(Guid Guid, string Email)> FirstUsers { get; } = [];

    /// <summary>A host with the history played, listening on a loopback port when asked, with <paramref name="settings"/> beside the tests' own.</summary>
    public static async Task<UsageReportWorld> CreateAsync(bool listenOnLoopback = false, Dictionary<string, string>? settings = null)
    {
        var clock = new FakeTimeProvider(January15);
        var host = new TestHost(new TestHostOptions
        {
            ListenOnLoopback = listenOnLoopback,
            Settings = settings ?? [],
            ConfigureServices = services => services.AddSingleton<TimeProvider>(clock),
        });
        var world = new UsageReportWorld(host, host.CreateSuperUserClient());
        try
        {
            await world.PlayAsync(clock);
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    private async Task PlayAsync(FakeTimeProvider clock)
    {
        var given = new Scenario(SuperUser);
        Partner = await given.PartnerAsync();
        Reseller = await given.ResellerAsync(Partner);
        await given.CollectionAsync(Reseller, await given.SiteAsync());
        First = await given.ServiceAsync(Reseller, new
        {
            primaryDomain = FirstDomain,
            serviceCode = FirstCode,
            serviceName = ServiceName,
            referenceId = "ref-1",
            contactInfo = new { name = ContactName, email = "pat@acme.example.com", phoneNumber = "+1 555 0100" },
            companyInfo = new { name = CompanyName, city = "Springfield", postalCode = "12345", country = "US" },
        });
        ApiAssert.IsOk(await ChangeAsync(SuperUser, First, "CertifiedSecure"));
        await UserAsync(First, "Professional");
        await UserAsync(First, "Professional");
        await UserAsync(First, "Guest", preRegister: true);

        clock.SetUtcNow(February10);
        await UserAsync(First, "Professional");
        await UserAsync(First, "Professional");
        ApiAssert.IsOk(await SuperUser.PutAsync($"/api/services/{First:N}/users/group",
            new { serviceUserGuid = FirstUsers[0].Guid, serviceUserGroupType = "Guest" }));
        Second = await given.ServiceAsync(Reseller);
        ApiAssert.IsOk(await ChangeAsync(SuperUser, Second, "CertifiedSecure"));
        await UserAsync(Second, "Professional");

        clock.SetUtcNow(April3);
        await UserAsync(First, "Guest");
    }

    private async Task UserAsync(Guid service, string groupType, bool preRegister = false)
    {
        var email = $"user-{Guid.NewGuid():N}@tests.invalid";
        var created = await new Scenario(SuperUser).ServiceUserAsync(service, email, preRegister: preRegister, groupType: groupType);
        if (service == First) FirstUsers.Add((created, email));
    }

    /// <summary>A GET sent with the super user's key and the given Accept header (none when null).</summary>
    public async Task<ApiResult> GetAsync(string path, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await SuperUser.Http.SendAsync(request);
        return new ApiResult(response.StatusCode, response.ReasonPhrase, await response.Content.ReadAsStringAsync(),
            response.Content.Headers.ContentType, response.Headers)
        { ContentDisposition = response.Content.Headers.ContentDisposition?.ToString() };
    }

    public async ValueTask DisposeAsync()
    {
        SuperUser.Dispose();
        await Host.DisposeAsync();
    }
}

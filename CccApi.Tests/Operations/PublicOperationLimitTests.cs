using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>The anonymous operations' own limit per client address, and what never shows through them.</summary>
[NonParallelizable]
public sealed class PublicOperationLimitTests
{
    /// <summary>The key's fixed Guid, as the migration AddPublicServiceSettings creates it.</summary>
    private static readonly Guid BrandingLogoUrlKey = new("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000c");

    [Test]
    public async Task An_address_gets_429_with_Retry_After_beyond_its_lookups_per_minute_and_other_operations_still_answer()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["PublicOperations:RequestsPerAddressPerMinute"] = "3" } });
        using var client = host.CreateClient();
        var service = await new Scenario(client).ServiceUnderPartnerAsync();
        using var anonymous = host.CreateAnonymousClient();

        for (var i = 0; i < 3; i++) ApiAssert.IsOk(await anonymous.GetAsync($"/api/public/services/{service.Service:N}"));
        var refused = await anonymous.GetAsync($"/api/public/services/single?ServiceGuid={service.Service:N}");

        ApiAssert.IsError(refused, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.That(refused.Headers.RetryAfter, Is.Not.Null);
        ApiAssert.IsOk(await anonymous.GetAsync("/api/ping"));
        ApiAssert.IsOk(await client.GetAsync($"/api/services/{service.Service:N}"));
    }

    [Test]
    public async Task AuthenticateServiceAdminUser_has_its_own_budget_per_address_counted_before_anything_is_looked_up()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["PublicOperations:RequestsPerAddressPerMinute"] = "3" } });
        using var anonymous = host.CreateAnonymousClient();
        // PublicGetService's budget spent first: it is not this operation's.
        for (var i = 0; i < 3; i++) Assert.That((await anonymous.GetAsync($"/api/public/services/{Guid.NewGuid():N}")).StatusCode, Is.EqualTo(404));

        var answers = new List<ApiResult>();
        for (var i = 0; i < 4; i++) answers.Add(await anonymous.PostAsync($"/api/services/{Guid.NewGuid():N}/authenticate", new { token = "msg-any" }));

        Assert.That(answers.Take(3).Select(a => a.StatusCode), Is.All.EqualTo(404));
        ApiAssert.IsError(answers[3], HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.That(answers[3].Headers.RetryAfter, Is.Not.Null);
    }

    [Test]
    public async Task A_Private_Branding_key_never_shows()
    {
        await using var host = new TestHost();
        using var client = host.CreateClient();
        var service = await new Scenario(client).ServiceUnderPartnerAsync();
        ApiAssert.IsOk(await client.PutAsync($"/api/services/{service.Service:N}/settings/BrandingLogoUrl", new { value = "https://cdn.example.com/logo.png" }));
        using var anonymous = host.CreateAnonymousClient();
        Assert.That((await anonymous.GetAsync($"/api/public/services/{service.Service:N}")).Json["branding"]!["BrandingLogoUrl"]!.GetValue<string>(),
            Is.EqualTo("https://cdn.example.com/logo.png"));

        ApiAssert.IsOk(await client.PutAsync("/api/settings/keys", new { keyGuid = BrandingLogoUrlKey, visibility = "Private" }));
        var result = await anonymous.GetAsync($"/api/public/services/{service.Service:N}");

        ApiAssert.IsOk(result);
        Assert.That(result.Json["branding"]!.AsObject().Select(p => p.Key), Does.Not.Contain("BrandingLogoUrl"));
    }
}

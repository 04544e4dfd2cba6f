using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Settings;

/// <summary>
/// Settings are cached; DeleteCache's patterns evict them. A value changed behind the API's back (straight in the
/// database) shows only once its entry is evicted. On a host of its own, so that the counts are this test's alone.
/// </summary>
[NonParallelizable]
public sealed class DeleteCacheTests
{
    private const string Touch = "EnableTouchValidation";
    private TestHost _host = null!;
    private ApiClient _client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new TestHost();
        _client = _host.CreateSuperUserClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task A_service_pattern_evicts_that_services_values_and_counts_them()
    {
        var world = await SettingWorld.CreateAsync(new Scenario(_client));
        ApiAssert.IsOk(await _client.PutAsync(world.ServiceSetting(Touch), new { value = "true" }));
        Assert.That(await ValueAsync(world.ServiceSetting(Touch)), Is.EqualTo("true"));
        Assert.That(await ValueAsync(world.ServiceSetting("CustomSMTPSenderName")), Is.EqualTo(""));
        await SetBehindTheApiAsync(world.Service, "false");
        Assert.That(await ValueAsync(world.ServiceSetting(Touch)), Is.EqualTo("true"), "cached");

        var result = await _client.DeleteAsync($"/api/cache?pattern=urn:ServiceSettingValues:{world.Service:D}");

        ApiAssert.IsOk(result);
        Assert.That(result.Json["keysDeleted"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(await ValueAsync(world.ServiceSetting(Touch)), Is.EqualTo("false"));
    }

    [Test]
    public async Task Name_patterns_keys_and_a_trailing_star()
    {
        var world = await SettingWorld.CreateAsync(new Scenario(_client));
        ApiAssert.IsOk(await _client.DeleteAsync("/api/cache?pattern=*"));
        await ValueAsync(world.ServiceSetting(Touch));
        await ValueAsync(world.CollectionSetting(Touch));
        await ValueAsync(world.ServiceSetting("DefaultGuestPackage"));

        Assert.That(await KeysDeletedAsync("urn:SettingValues:enabletouchvalidation"), Is.EqualTo(2));
        Assert.That(await KeysDeletedAsync("urn:SettingValues:EnableTouchValidation"), Is.EqualTo(0), "already gone");
        Assert.That(await KeysDeletedAsync("urn:SettingKeys"), Is.EqualTo(1));
        Assert.That(await KeysDeletedAsync("urn:SettingValues:*"), Is.EqualTo(1));
        Assert.That(await KeysDeletedAsync("urn:NothingOfOurs"), Is.EqualTo(0));
    }

    [Test]
    public async Task The_pattern_is_required_and_only_a_SuperUser_may_call_it()
    {
        var partner = await new Scenario(_client).PartnerAsync();
        using var admin = _host.CreateClient(await _host.CreateAdminApiKeyAsync(AdminUserType.Partner, partner));

        ApiAssert.IsError(await _client.DeleteAsync("/api/cache"), HttpStatusCode.BadRequest, "NotEmpty", "pattern");
        Assert.That((await admin.DeleteAsync("/api/cache?pattern=*")).Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<int> KeysDeletedAsync(string pattern)
    {
        var result = await _client.DeleteAsync("/api/cache?pattern=" + Uri.EscapeDataString(pattern));
        ApiAssert.IsOk(result);
        return result.Json["keysDeleted"]!.GetValue<int>();
    }

    private async Task SetBehindTheApiAsync(Guid service, string value)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var changed = await db.SettingValues.Where(v => v.Level == SettingLevel.Service && v.OwnerId == service)
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.Value, value));
        Assert.That(changed, Is.EqualTo(1));
    }

    private async Task<string> ValueAsync(string path)
    {
        var result = await _client.GetAsync(path);
        ApiAssert.IsOk(result);
        return result.Text("value");
    }
}

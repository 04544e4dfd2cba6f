using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Settings;

/// <summary>
/// GetSettingKeys and UpdateSettingKey, on a host of their own: these tests change the starting keys, which every
/// other test reads.
/// </summary>
[NonParallelizable]
public sealed class SettingKeyTests
{
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
    public async Task The_starting_keys_are_listed_with_the_pages_fields()
    {
        var result = await _client.GetAsync("/api/settings/keys");

        ApiAssert.IsOk(result);
        var keys = result.Json["settingKeys"]!.AsArray();
        Assert.That(keys.Select(k => k.Str("name")), Is.SupersetOf(new[] { "EnableTouchValidation", "DefaultGuestPackage", "UsageExportEnabled" }));
        var touch = keys.Single(k => k.Str("name") == "EnableTouchValidation")!;
        Assert.That(touch.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "guid", "name", "accessType", "group", "visibility", "description", "validationDescription" }));
        Assert.That((touch.Str("accessType"), touch.Str("visibility"), touch["group"].Str("name"), touch.Str("validationDescription")),
            Is.EqualTo(("Service", "Public", "Security", "true or false.")));
        Assert.That(touch.Str("guid"), Does.Match("^[0-9a-f]{32}$"));
    }

    [Test]
    public async Task Names_and_AccessType_filter_the_keys()
    {
        var byName = await _client.GetAsync("/api/settings/keys?Names=enabletouchvalidation,DefaultGuestPackage");
        var byAccess = await _client.GetAsync("/api/settings/keys?AccessType=collection");

        Assert.That(byName.Json["settingKeys"]!.AsArray().Select(k => k.Str("name")), Is.EqualTo(new[] { "DefaultGuestPackage", "EnableTouchValidation" }));
        Assert.That(byAccess.Json["settingKeys"]!.AsArray().Select(k => k.Str("accessType")).Distinct(), Is.EqualTo(new[] { "Collection" }));
        ApiAssert.IsError(await _client.GetAsync("/api/settings/keys?AccessType=Site"), HttpStatusCode.BadRequest, "AllowableValues", "AccessType");
    }

    [Test]
    public async Task A_SuperUser_changes_a_keys_descriptions_group_and_Visibility_and_every_reader_sees_it_at_once()
    {
        var given = new Scenario(_client);
        var world = await SettingWorld.CreateAsync(given);
        using var partner = _host.CreateClient(await _host.CreateAdminApiKeyAsync(AdminUserType.Partner, world.Partner));
        var notifications = (await _client.GetAsync("/api/settings/keys?Names=CustomSMTPSenderName")).Json["settingKeys"]![0]!["group"]!.Str("guid");
        ApiAssert.IsOk(await partner.GetAsync(world.ServiceSetting("DiscardSameDomainNotifications")));

        ApiAssert.IsOk(await _client.PutAsync("/api/settings/keys", new
        {
            name = "discardsamedomainnotifications", visibility = "private", groupGuid = notifications, description = "Changed.", validationDescription = "Yes or no.",
        }));

        var key = (await _client.GetAsync("/api/settings/keys?Names=DiscardSameDomainNotifications")).Json["settingKeys"]![0]!;
        Assert.That((key.Str("visibility"), key.Str("description"), key.Str("validationDescription"), key["group"].Str("name")),
            Is.EqualTo(("Private", "Changed.", "Yes or no.", "Notifications")));
        ApiAssert.IsError(await partner.GetAsync(world.ServiceSetting("DiscardSameDomainNotifications")), HttpStatusCode.NotFound, "NotFound", "Name");
        ApiAssert.IsOk(await _client.PutAsync("/api/settings/keys", new { keyGuid = key.Str("guid"), visibility = "Public" }));
        ApiAssert.IsOk(await partner.GetAsync(world.ServiceSetting("DiscardSameDomainNotifications")));
    }

    [Test]
    public async Task A_key_keeps_its_name_and_an_AccessType_that_would_strand_values_is_refused()
    {
        var given = new Scenario(_client);
        var world = await SettingWorld.CreateAsync(given);
        var guid = (await _client.GetAsync("/api/settings/keys?Names=CustomSMTPSenderEmail")).Json["settingKeys"]![0]!.Str("guid");
        ApiAssert.IsOk(await _client.PutAsync(world.ServiceSetting("CustomSMTPSenderEmail"), new { value = "a@example.com" }));

        ApiAssert.IsError(await _client.PutAsync("/api/settings/keys", new { keyGuid = guid, name = "SenderEmail" }), HttpStatusCode.BadRequest, "SettingNameFixed", "Name");
        ApiAssert.IsError(await _client.PutAsync("/api/settings/keys", new { keyGuid = guid, accessType = "Collection" }), HttpStatusCode.Conflict, "Conflict", "AccessType");
        Assert.That((await _client.GetAsync("/api/settings/keys?Names=CustomSMTPSenderEmail")).Json["settingKeys"]![0].Str("accessType"), Is.EqualTo("Service"));
    }

    [Test]
    public async Task Bad_input_is_a_4xx_naming_the_field_and_only_a_SuperUser_may_call_it()
    {
        var partner = await new Scenario(_client).PartnerAsync();
        using var admin = _host.CreateClient(await _host.CreateAdminApiKeyAsync(AdminUserType.Partner, partner));

        ApiAssert.IsError(await _client.PutAsync("/api/settings/keys", new { description = "x" }), HttpStatusCode.BadRequest, "NotEmpty", "Name");
        ApiAssert.IsError(await _client.PutAsync("/api/settings/keys", new { name = "EnableTouchValidation", visibility = "Secret" }), HttpStatusCode.BadRequest, "AllowableValues", "Visibility");
        ApiAssert.IsError(await _client.PutAsync("/api/settings/keys", new { keyGuid = Guid.NewGuid() }), HttpStatusCode.NotFound, "NotFound", "KeyGuid");
        ApiAssert.IsError(await _client.PutAsync("/api/settings/keys", new { name = "NoSuchKey" }), HttpStatusCode.NotFound, "NotFound", "Name");
        ApiAssert.IsError(await _client.PutAsync("/api/settings/keys", new { name = "EnableTouchValidation", groupGuid = Guid.NewGuid() }), HttpStatusCode.NotFound, "NotFound", "GroupGuid");
        Assert.That((await admin.PutAsync("/api/settings/keys", new { name = "EnableTouchValidation", description = "Mine." })).Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}

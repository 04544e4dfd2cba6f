using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Settings;

/// <summary>ApplyCollectionSettingsDefaults: the collection takes, as its own values, what it would inherit from a reseller.</summary>
public sealed class ApplyCollectionSettingsDefaultsTests : ApiTest
{
    private const string Touch = "EnableTouchValidation";

    [Test]
    public async Task The_collection_takes_its_owners_values_for_the_named_keys_only()
    {
        var world = await SettingWorld.CreateAsync(Given);
        ApiAssert.IsOk(await Client.PutAsync(world.ResellerSetting(Touch), new { value = "true" }));
        ApiAssert.IsOk(await Client.PutAsync(world.ResellerSetting("CustomSMTPSenderName"), new { value = "Reseller Name" }));
        ApiAssert.IsOk(await Client.PutAsync(world.CollectionSetting(Touch), new { value = "false" }));

        ApiAssert.IsOk(await Client.PostAsync($"/api/collections/{world.Collection:N}/settings/defaults?Names={Touch}"));

        Assert.That(await ValueAsync(world.CollectionSetting(Touch)), Is.EqualTo("true"));
        ApiAssert.IsOk(await Client.PutAsync(world.ResellerSetting(Touch), new { value = "false" }));
        Assert.That(await ValueAsync(world.CollectionSetting(Touch)), Is.EqualTo("true"), "the collection now holds the value itself");
        Assert.That(await ValueAsync(world.CollectionSetting("CustomSMTPSenderName")), Is.EqualTo("Reseller Name"), "inherited, not applied");
    }

    [Test]
    public async Task Without_Names_every_key_a_collection_may_hold_is_applied_and_a_granted_reseller_may_be_the_source()
    {
        var world = await SettingWorld.CreateAsync(Given);
        var granted = await Given.ResellerAsync(world.Partner);
        await Given.GrantAccessAsync(granted, world.Collection);
        ApiAssert.IsOk(await Client.PutAsync($"/api/resellers/{granted:N}/settings/{Touch}", new { value = "true" }));
        ApiAssert.IsOk(await Client.PutAsync($"/api/resellers/{granted:N}/settings/DefaultGuestPackage", new { value = "Granted Guest" }));

        ApiAssert.IsOk(await Client.PostAsync($"/api/collections/{world.Collection:N}/settings/defaults", new { resellerGuid = granted }));

        Assert.That(await ValueAsync(world.ServiceSetting(Touch)), Is.EqualTo("true"));
        Assert.That(await ValueAsync(world.CollectionSetting("DefaultGuestPackage")), Is.EqualTo("Granted Guest"));
    }

    [Test]
    public async Task Refusals_name_the_field_and_write_nothing()
    {
        var world = await SettingWorld.CreateAsync(Given);
        var stranger = await Given.ResellerAsync(world.Partner);
        ApiAssert.IsOk(await Client.PutAsync(world.ResellerSetting(Touch), new { value = "true" }));
        using var owner = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, world.Reseller));
        var defaults = $"/api/collections/{world.Collection:N}/settings/defaults";

        ApiAssert.IsError(await Client.PostAsync(defaults, new { resellerGuid = stranger }), HttpStatusCode.BadRequest, "ResellerNotOfCollection", "ResellerGuid");
        ApiAssert.IsError(await Client.PostAsync(defaults, new { names = new[] { Touch, "NoSuchKey" } }), HttpStatusCode.NotFound, "NotFound", "Names");
        ApiAssert.IsError(await Client.PostAsync(defaults, new { names = new[] { Touch, "SupportEmailAddress" } }), HttpStatusCode.BadRequest, "InvalidSettingLevel", "Names");
        ApiAssert.IsError(await owner.PostAsync(defaults, new { names = new[] { Touch, "DefaultGuestPackage" } }), HttpStatusCode.Forbidden, "Forbidden", "Names");
        ApiAssert.IsError(await Client.PostAsync($"/api/collections/{Guid.NewGuid():N}/settings/defaults"), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
        Assert.That(await ValueAsync(world.CollectionSetting(Touch)), Is.EqualTo("true"), "still inherited from the reseller");
        ApiAssert.IsOk(await Client.PutAsync(world.ResellerSetting(Touch), new { value = "false" }));
        Assert.That(await ValueAsync(world.CollectionSetting(Touch)), Is.EqualTo("false"), "no value was written for the collection");

        ApiAssert.IsOk(await owner.PostAsync(defaults));
        Assert.That(await ValueAsync(world.CollectionSetting("DefaultGuestPackage")), Is.EqualTo("Guest"), "a reseller applies only the Public keys");
    }

    private async Task<string> ValueAsync(string path)
    {
        var result = await Client.GetAsync(path);
        ApiAssert.IsOk(result);
        return result.Text("value");
    }
}

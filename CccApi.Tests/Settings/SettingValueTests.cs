using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Settings;

/// <summary>
/// Setting values through HTTP: looked up from the most specific holder that has one (service, collection, reseller,
/// partner, then the key's default), checked against their key and written in one text form.
/// </summary>
public sealed class SettingValueTests : ApiTest
{
    private const string Touch = "EnableTouchValidation";

    /// <summary>Stands for 101 characters, one more than CustomSMTPSenderName's pattern takes.</summary>
    private const string LongerThanItsPattern = "(101 characters)";

    [Test]
    public async Task A_value_comes_from_the_most_specific_holder_that_has_one()
    {
        var world = await SettingWorld.CreateAsync(Given);
        Assert.That(await ValueAsync(world.ServiceSetting(Touch)), Is.EqualTo("false"), "the key's default");

        ApiAssert.IsOk(await Client.PutAsync(world.PartnerSetting(Touch), new { value = "true" }));
        Assert.That(await ValueAsync(world.ServiceSetting(Touch)), Is.EqualTo("true"), "the partner's");
        ApiAssert.IsOk(await Client.PutAsync(world.ResellerSetting(Touch), new { value = "false" }));
        Assert.That(await ValueAsync(world.ServiceSetting(Touch)), Is.EqualTo("false"), "the reseller's");
        ApiAssert.IsOk(await Client.PutAsync(world.CollectionSetting(Touch), new { value = "true" }));
        Assert.That(await ValueAsync(world.ServiceSetting(Touch)), Is.EqualTo("true"), "the collection's");
        ApiAssert.IsOk(await Client.PutAsync(world.ServiceSetting(Touch), new { value = "FALSE" }));

        Assert.That(await ValueAsync(world.ServiceSetting(Touch)), Is.EqualTo("false"), "the service's own, serialized");
        Assert.That(await ValueAsync(world.CollectionSetting(Touch)), Is.EqualTo("true"));
        Assert.That(await ValueAsync(world.ResellerSetting(Touch)), Is.EqualTo("false"));
        Assert.That(await ValueAsync(world.PartnerSetting(Touch)), Is.EqualTo("true"));
    }

    [Test]
    public async Task GetServiceSetting_answers_the_pages_shape()
    {
        var world = await SettingWorld.CreateAsync(Given);

        var result = await Client.GetAsync(world.ServiceSetting("enabletouchvalidation"));

        ApiAssert.IsOk(result);
        ApiAssert.HasProperties(result, "name", "description", "group", "value", "serviceGuid");
        Assert.That((result.Text("name"), result.Text("group"), result.Text("value"), result.Guid("serviceGuid")),
            Is.EqualTo((Touch, "Security", "false", world.Service)));
        Assert.That(result.Text("description"), Does.Contain("touch"));
        var collection = await Client.GetAsync(world.CollectionSetting("DefaultGuestPackage"));
        ApiAssert.HasProperties(collection, "name", "description", "group", "value", "collectionGuid");
        Assert.That((collection.Text("value"), collection.Guid("collectionGuid")), Is.EqualTo(("Guest", world.Collection)));
    }

    [Test]
    public async Task UpdateServiceSetting_takes_Value_from_the_query_string_as_its_page_lists_it_or_from_the_body_as_its_sample_sends_it()
    {
        var world = await SettingWorld.CreateAsync(Given);

        ApiAssert.IsOk(await Client.PutAsync(world.ServiceSetting("CustomSMTPSenderName") + "?Value=Query%20Sender"));
        Assert.That(await ValueAsync(world.ServiceSetting("CustomSMTPSenderName")), Is.EqualTo("Query Sender"));
        ApiAssert.IsOk(await Client.PutAsync(world.ServiceSetting("CustomSMTPSenderName"), new { serviceGuid = world.Service, name = "CustomSMTPSenderName", value = "Body Sender" }));
        Assert.That(await ValueAsync(world.ServiceSetting("CustomSMTPSenderName")), Is.EqualTo("Body Sender"));
    }

    [TestCase("EnableTouchValidation", "maybe")]
    [TestCase("EnableTouchValidation", "1")]
    [TestCase("CustomSMTPSenderEmail", "not an address")]
    [TestCase("CustomSMTPSenderName", LongerThanItsPattern)]
    public async Task A_value_its_key_does_not_take_is_a_400_naming_Value_and_nothing_is_written(string name, string value)
    {
        var world = await SettingWorld.CreateAsync(Given);
        var before = await ValueAsync(world.ServiceSetting(name));

        var result = await Client.PutAsync(world.ServiceSetting(name), new { value = value == LongerThanItsPattern ? new string('x', 101) : value });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "InvalidSettingValue", "Value");
        Assert.That(await ValueAsync(world.ServiceSetting(name)), Is.EqualTo(before));
    }

    [Test]
    public async Task Values_are_stored_in_one_text_form()
    {
        var world = await SettingWorld.CreateAsync(Given);

        ApiAssert.IsOk(await Client.PutAsync(world.ServiceSetting("CustomSMTPSenderEmail"), new { value = " Alerts@Example.COM " }));
        ApiAssert.IsOk(await Client.PutAsync(world.ServiceSetting("MaxAttachmentSizeMb"), new { value = "+0042" }));

        Assert.That(await ValueAsync(world.ServiceSetting("CustomSMTPSenderEmail")), Is.EqualTo("alerts@example.com"));
        Assert.That(await ValueAsync(world.ServiceSetting("MaxAttachmentSizeMb")), Is.EqualTo("42"));
        ApiAssert.IsError(await Client.PutAsync(world.ServiceSetting("MaxAttachmentSizeMb"), new { value = "2049" }), HttpStatusCode.BadRequest, "InvalidSettingValue", "Value");
    }

    [Test]
    public async Task An_unknown_key_is_a_404_naming_Name_and_a_missing_value_a_400_naming_Value()
    {
        var world = await SettingWorld.CreateAsync(Given);

        ApiAssert.IsError(await Client.GetAsync(world.ServiceSetting("NoSuchSetting")), HttpStatusCode.NotFound, "NotFound", "Name");
        ApiAssert.IsError(await Client.PutAsync(world.CollectionSetting("NoSuchSetting"), new { value = "x" }), HttpStatusCode.NotFound, "NotFound", "Name");
        ApiAssert.IsError(await Client.PutAsync(world.ServiceSetting(Touch), new { }), HttpStatusCode.BadRequest, "NotNull", "Value");
        ApiAssert.IsError(await Client.GetAsync($"/api/services/{Guid.NewGuid():N}/settings/{Touch}"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
    }

    [Test]
    public async Task A_level_below_the_keys_AccessType_holds_no_value_of_it()
    {
        var world = await SettingWorld.CreateAsync(Given);

        ApiAssert.IsError(await Client.PutAsync(world.ServiceSetting("DefaultGuestPackage"), new { value = "Basic" }), HttpStatusCode.BadRequest, "InvalidSettingLevel", "Name");
        ApiAssert.IsError(await Client.PutAsync(world.CollectionSetting("SupportEmailAddress"), new { value = "help@example.com" }), HttpStatusCode.BadRequest, "InvalidSettingLevel", "Name");
        ApiAssert.IsOk(await Client.PutAsync(world.ResellerSetting("SupportEmailAddress"), new { value = "help@example.com" }));
        Assert.That(await ValueAsync(world.ServiceSetting("SupportEmailAddress")), Is.EqualTo("help@example.com"), "a service reads what its reseller holds");
    }

    [Test]
    public async Task A_Protected_key_is_read_by_the_collections_owner_and_changed_only_by_a_SuperUser()
    {
        var world = await SettingWorld.CreateAsync(Given);
        using var reseller = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, world.Reseller));

        Assert.That((await reseller.GetAsync(world.CollectionSetting("DefaultGuestPackage"))).Text("value"), Is.EqualTo("Guest"));
        ApiAssert.IsError(await reseller.PutAsync(world.CollectionSetting("DefaultGuestPackage"), new { value = "Basic" }), HttpStatusCode.Forbidden, "Forbidden", "Name");
        ApiAssert.IsOk(await Client.PutAsync(world.CollectionSetting("DefaultGuestPackage"), new { value = "Basic" }));
        Assert.That((await reseller.GetAsync(world.CollectionSetting("DefaultGuestPackage"))).Text("value"), Is.EqualTo("Basic"));
    }

    [Test]
    public async Task A_Private_key_exists_only_for_SuperUsers()
    {
        var world = await SettingWorld.CreateAsync(Given);
        using var partner = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Partner, world.Partner));

        ApiAssert.IsOk(await Client.PutAsync(world.PartnerSetting("UsageExportEnabled"), new { value = "true" }));
        Assert.That(await ValueAsync(world.PartnerSetting("UsageExportEnabled")), Is.EqualTo("true"));
        ApiAssert.IsError(await partner.GetAsync(world.PartnerSetting("UsageExportEnabled")), HttpStatusCode.NotFound, "NotFound", "Name");
        ApiAssert.IsError(await partner.PutAsync(world.PartnerSetting("UsageExportEnabled"), new { value = "false" }), HttpStatusCode.NotFound, "NotFound", "Name");
        var keys = await partner.GetAsync("/api/settings/keys");
        Assert.That(keys.Json["settingKeys"]!.AsArray().Select(k => k.Str("name")), Does.Not.Contain("UsageExportEnabled").And.Contain(Touch));
    }

    [Test]
    public async Task Collection_settings_are_for_SuperUsers_the_owning_reseller_and_its_partner()
    {
        var world = await SettingWorld.CreateAsync(Given);
        var granted = await Given.ResellerAsync(world.Partner);
        await Given.GrantAccessAsync(granted, world.Collection);
        using var owner = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, world.Reseller));
        using var partner = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Partner, world.Partner));
        using var grantee = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, granted));
        using var otherPartner = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Partner, await Given.PartnerAsync()));

        ApiAssert.IsOk(await owner.PutAsync(world.CollectionSetting(Touch), new { value = "true" }));
        ApiAssert.IsOk(await partner.PutAsync(world.CollectionSetting(Touch), new { value = "false" }));
        ApiAssert.IsOk(await partner.GetAsync(world.CollectionSetting(Touch)));
        ApiAssert.IsError(await grantee.GetAsync(world.CollectionSetting(Touch)), HttpStatusCode.Forbidden, "Forbidden", "CollectionGuid");
        ApiAssert.IsError(await grantee.PutAsync(world.CollectionSetting(Touch), new { value = "true" }), HttpStatusCode.Forbidden, "Forbidden", "CollectionGuid");
        ApiAssert.IsError(await otherPartner.GetAsync(world.CollectionSetting(Touch)), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
        Assert.That(await ValueAsync(world.CollectionSetting(Touch)), Is.EqualTo("false"));
    }

    [Test]
    public async Task A_service_admin_reads_and_changes_its_own_services_Public_settings()
    {
        var world = await SettingWorld.CreateAsync(Given);
        using var admin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Service, world.Service));

        ApiAssert.IsOk(await admin.PutAsync(world.ServiceSetting(Touch), new { value = "true" }));
        Assert.That((await admin.GetAsync(world.ServiceSetting(Touch))).Text("value"), Is.EqualTo("true"));
        ApiAssert.IsError(await admin.PutAsync(world.ServiceSetting("MaxAttachmentSizeMb"), new { value = "10" }), HttpStatusCode.Forbidden, "Forbidden", "Name");
        ApiAssert.IsError(await admin.GetAsync(world.CollectionSetting(Touch)), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
        ApiAssert.IsError(await admin.GetAsync(world.PartnerSetting(Touch)), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
    }

    private async Task<string> ValueAsync(string path)
    {
        var result = await Client.GetAsync(path);
        ApiAssert.IsOk(result);
        return result.Text("value");
    }
}

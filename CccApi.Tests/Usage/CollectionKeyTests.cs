using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CccApi.Tests.Usage.IntakeWorld;

namespace CccApi.Tests.Usage;

/// <summary>
/// A collection's usage-reporting keys: issued, listed and revoked by a SuperUser or an admin of the Reseller that owns
/// the collection; shown once, stored as a digest; a revoked key stops at once; and a key calls the intake and nothing else.
/// </summary>
public sealed class CollectionKeyTests : ApiTest
{
    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task A_key_is_shown_once_stored_as_its_digest_and_listed_without_it()
    {
        var setup = await SetupAsync(Host);
        var created = await Client.PostAsync(Keys(setup.Collection), new { name = "Platform  " });
        ApiAssert.IsOk(created);
        var key = created.Text("key");
        var keyGuid = created.Guid("collectionKeyGuid");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(key, Does.StartWith("ccccol_").And.Length.EqualTo("ccccol_".Length + 43));
            Assert.That(key, Is.Not.EqualTo(setup.Key));
            Assert.That(created.Text("prefix"), Is.EqualTo(key[..14]));
        }

        var listed = await Client.GetAsync(Keys(setup.Collection));
        ApiAssert.IsOk(listed);
        Assert.That(listed.Body, Does.Not.Contain(key).And.Not.Contain(setup.Key));
        var keys = listed.Json["keys"]!.AsArray();
        Assert.That(keys.Select(k => k!["collectionKeyGuid"]!.GetValue<string>()), Is.EqualTo(new[] { setup.KeyGuid.ToString("N"), keyGuid.ToString("N") }), "oldest first");
        Assert.That((keys[1]!.Str("name"), keys[1]!.Str("prefix"), keys[1]!.Str("revokedOn")), Is.EqualTo(("Platform", key[..14], (string?)null)));

        var stored = await WithDbAsync(Host, db => db.CollectionKeys.AsNoTracking().SingleAsync(k => k.Id == keyGuid));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.Digest, Is.EqualTo(ServiceInterface.Auth.SecretTokens.Digest(key)));
            Assert.That(stored.CollectionId, Is.EqualTo(setup.Collection));
            Assert.That(stored.CreatedByUserId, Is.EqualTo(await Host.SuperUserIdAsync()));
        }
    }

    [Test]
    public async Task A_revoked_key_is_401_at_once_and_revoking_it_again_changes_nothing()
    {
        var setup = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);
        // Used once, so that the host holds it in its credential cache.
        await ReportOkAsync(collection, setup.Collection, [Record(setup.Service, null, DaysAgo(1), messagesSent: 1)], added: 1, replaced: 0);

        ApiAssert.IsOk(await Client.DeleteAsync($"{Keys(setup.Collection)}/{setup.KeyGuid:N}"));

        var refused = await ReportAsync(collection, setup.Collection, [Record(setup.Service, null, DaysAgo(1), messagesSent: 2)]);
        ApiAssert.IsError(refused, HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.HasMessage(refused, "Invalid API Key");
        Assert.That(Host.Logs.AllText, Does.Not.Contain(setup.Key), "issued, used and refused: never logged");
        var listed = await Client.GetAsync(Keys(setup.Collection));
        var revokedOn = listed.Json["keys"]!.AsArray().Single()!.Str("revokedOn");
        Assert.That(revokedOn, Is.Not.Null);
        ApiAssert.IsOk(await Client.DeleteAsync($"{Keys(setup.Collection)}/{setup.KeyGuid:N}"));
        Assert.That((await Client.GetAsync(Keys(setup.Collection))).Json["keys"]!.AsArray().Single()!.Str("revokedOn"), Is.EqualTo(revokedOn));
        ApiAssert.IsError(await Client.DeleteAsync($"{Keys(setup.Collection)}/{Guid.NewGuid():N}"), HttpStatusCode.NotFound, "NotFound", "CollectionKeyGuid");
        var other = await SetupAsync(Host);
        ApiAssert.IsError(await Client.DeleteAsync($"{Keys(setup.Collection)}/{other.KeyGuid:N}"), HttpStatusCode.NotFound, "NotFound", "CollectionKeyGuid");
    }

    [Test]
    public async Task A_key_works_while_its_collection_is_Disabled_and_an_unknown_key_is_401()
    {
        var setup = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);
        ApiAssert.IsOk(await Client.PutAsync($"/api/collections/{setup.Collection:N}", new { status = "Disabled" }));

        await ReportOkAsync(collection, setup.Collection, [Record(setup.Service, null, DaysAgo(1), messagesSent: 1)], added: 1, replaced: 0);

        using var unknown = Host.CreateClient(ServiceInterface.Auth.SecretTokens.NewCollectionKey());
        var refused = await ReportAsync(unknown, setup.Collection, [Record(setup.Service, null, DaysAgo(1))]);
        ApiAssert.IsError(refused, HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.HasMessage(refused, "Invalid API Key");
    }

    [Test]
    public async Task The_owning_resellers_admin_manages_the_keys_and_its_partners_admin_and_a_granted_reseller_are_403()
    {
        var setup = await SetupAsync(Host);
        using var owner = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, setup.Reseller));
        var (key, keyGuid) = await KeyAsync(owner, setup.Collection, "reseller's");
        ApiAssert.IsOk(await owner.GetAsync(Keys(setup.Collection)));
        ApiAssert.IsOk(await owner.DeleteAsync($"{Keys(setup.Collection)}/{keyGuid:N}"));
        Assert.That(key, Does.StartWith("ccccol_"));
        var stored = await WithDbAsync(Host, db => db.CollectionKeys.AsNoTracking().SingleAsync(k => k.Id == keyGuid));
        Assert.That(stored.RevokedOn, Is.Not.Null);

        var granted = await Given.ResellerAsync(setup.Partner);
        await Given.GrantAccessAsync(granted, setup.Collection);
        foreach (var (type, scope) in new[] { (AdminUserType.Partner, setup.Partner), (AdminUserType.Reseller, granted) })
        {
            using var seesIt = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, scope));
            ApiAssert.IsOk(await seesIt.GetAsync($"/api/collections/{setup.Collection:N}"));
            ApiAssert.IsError(await seesIt.PostAsync(Keys(setup.Collection), new { name = "x" }), HttpStatusCode.Forbidden, "Forbidden", "CollectionGuid");
            ApiAssert.IsError(await seesIt.GetAsync(Keys(setup.Collection)), HttpStatusCode.Forbidden, "Forbidden", "CollectionGuid");
            ApiAssert.IsError(await seesIt.DeleteAsync($"{Keys(setup.Collection)}/{setup.KeyGuid:N}"), HttpStatusCode.Forbidden, "Forbidden", "CollectionGuid");
        }
    }

    [Test]
    public async Task Another_reseller_and_a_service_admin_see_no_collection_404()
    {
        var setup = await SetupAsync(Host);
        var otherReseller = await Given.ResellerAsync(setup.Partner);
        foreach (var (type, scope) in new[] { (AdminUserType.Reseller, otherReseller), (AdminUserType.Service, setup.Service), (AdminUserType.Partner, await Given.PartnerAsync()) })
        {
            using var admin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, scope));
            ApiAssert.IsError(await admin.PostAsync(Keys(setup.Collection), new { name = "x" }), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
            ApiAssert.IsError(await admin.GetAsync(Keys(setup.Collection)), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
            ApiAssert.IsError(await admin.DeleteAsync($"{Keys(setup.Collection)}/{setup.KeyGuid:N}"), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
        }
        ApiAssert.IsError(await Client.GetAsync(Keys(Guid.NewGuid())), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
    }

    [Test]
    public async Task A_name_is_one_line_of_at_most_100_characters()
    {
        var setup = await SetupAsync(Host);
        ApiAssert.IsError(await Client.PostAsync(Keys(setup.Collection), new { name = new string('k', 101) }), HttpStatusCode.BadRequest, "MaximumLength", "Name");
        ApiAssert.IsError(await Client.PostAsync(Keys(setup.Collection), new { name = "two\nlines" }), HttpStatusCode.BadRequest, "NoControlCharacters", "Name");
        ApiAssert.IsOk(await Client.PostAsync(Keys(setup.Collection), new { }));
    }

    [TestCase("GET", "/api/services")]
    [TestCase("GET", "/api/sites")]
    [TestCase("POST", "/api/apikeys")]
    [TestCase("GET", "/api/settings/keys")]
    public async Task A_collection_key_calling_an_admin_operation_is_403_Invalid_Role(string verb, string path)
    {
        var setup = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);

        var refused = await collection.SendAsync(new HttpMethod(verb), path, verb == "GET" ? null : new { });

        ApiAssert.IsError(refused, HttpStatusCode.Forbidden, "Forbidden");
        ApiAssert.HasMessage(refused, "Invalid Role");
    }

    [Test]
    public async Task A_collection_key_may_not_read_or_manage_its_own_collection_and_is_no_signed_in_user()
    {
        var setup = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);

        foreach (var (verb, path) in new[] { ("GET", $"/api/collections/{setup.Collection:N}"), ("GET", Keys(setup.Collection)),
            ("POST", Keys(setup.Collection)), ("DELETE", $"{Keys(setup.Collection)}/{setup.KeyGuid:N}"), ("GET", $"/api/services/{setup.Service:N}") })
        {
            var refused = await collection.SendAsync(new HttpMethod(verb), path, verb == "POST" ? new { name = "mine" } : null);
            ApiAssert.IsError(refused, HttpStatusCode.Forbidden, "Forbidden");
            ApiAssert.HasMessage(refused, "Invalid Role");
        }
        // The anonymous operations stay open to it, as to anyone; /auth answers a signed-in admin user, which it is not.
        ApiAssert.IsOk(await collection.GetAsync("/api/ping"));
        ApiAssert.IsOk(await collection.GetAsync($"/api/public/services/{setup.Service:N}"));
        ApiAssert.IsError(await collection.GetAsync("/api/auth"), HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.That(await WithDbAsync(Host, db => db.CollectionKeys.CountAsync(k => k.CollectionId == setup.Collection)), Is.EqualTo(1));
    }

    [Test]
    public async Task An_admin_key_even_a_SuperUsers_calling_the_intake_is_403_Invalid_Role()
    {
        var setup = await SetupAsync(Host);
        using var owner = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, setup.Reseller));
        foreach (var admin in new[] { Client, owner })
        {
            var refused = await ReportAsync(admin, setup.Collection, [Record(setup.Service, null, DaysAgo(1), messagesSent: 1)]);
            ApiAssert.IsError(refused, HttpStatusCode.Forbidden, "Forbidden");
            ApiAssert.HasMessage(refused, "Invalid Role");
        }
        using var anonymous = Host.CreateAnonymousClient();
        ApiAssert.IsError(await ReportAsync(anonymous, setup.Collection, [Record(setup.Service, null, DaysAgo(1))]), HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.That(await CountsAsync(Host, setup.Collection, setup.Service), Is.EqualTo((0, 0, 0)));
    }
}

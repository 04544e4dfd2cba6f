using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

public sealed class ResellerCollectionAccessTests : ApiTest
{
    private static string Path(Guid reseller, Guid collection) => $"/api/resellers/{reseller:N}/collectionaccess/{collection:N}";

    private Task<ApiResult> Post(Guid reseller, Guid collection, bool? isDefault = null) =>
        Client.PostAsync(Path(reseller, collection), isDefault is { } d ? new { isDefaultCollectionForSite = d } : new { });

    private Task<ApiResult> Put(Guid reseller, Guid collection, bool? isDefault) =>
        Client.PutAsync(Path(reseller, collection), isDefault is { } d ? new { isDefaultCollectionForSite = d } : new { });

    private Task<ApiResult> Delete(Guid reseller, Guid collection) => Client.DeleteAsync(Path(reseller, collection));

    /// <summary>The reseller's collections as GetResellerCollections lists them: Guid → isDefaultCollectionForSite.</summary>
    private async Task<Dictionary<Guid, bool>> Listed(Guid reseller)
    {
        var result = await Client.GetAsync($"/api/resellers/{reseller:N}/collections");
        ApiAssert.IsOk(result);
        return result.Json.AsArray().ToDictionary(c => Guid.Parse(c.Str("collectionGuid")!), c => c!["isDefaultCollectionForSite"]!.GetValue<bool>());
    }

    /// <summary>A site with <paramref name="count"/> collections owned by one reseller, and another reseller to grant them to.</summary>
    private async Task<(Guid Grantee, Guid Site, Guid[] Collections)> CollectionsOnOneSite(int count)
    {
        var owner = await Given.ResellerAsync();
        var site = await Given.SiteAsync();
        var collections = new Guid[count];
        for (var i = 0; i < count; i++) collections[i] = await Given.CollectionAsync(owner, site);
        return (await Given.ResellerAsync(), site, collections);
    }

    private static void IsOkEmpty(ApiResult result)
    {
        ApiAssert.IsOk(result);
        ApiAssert.HasProperties(result);
    }

    private static void IsBaseErrorShape(ApiResult result) => ApiAssert.HasProperties(result, "responseStatus");

    // ---- POST ----

    [Test]
    public async Task Post_grants_the_reseller_access_to_the_collection()
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(1);
        Assert.That(await Listed(grantee), Is.Empty);

        var result = await Post(grantee, collections[0]);

        IsOkEmpty(result);
        Assert.That((await Listed(grantee)).Keys, Is.EqualTo(new[] { collections[0] }));
    }

    [Test]
    public async Task Posting_a_record_that_exists_is_a_409()
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(1);
        IsOkEmpty(await Post(grantee, collections[0]));

        var result = await Post(grantee, collections[0], isDefault: true);

        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict");
        IsBaseErrorShape(result);
        Assert.That(await Listed(grantee), Has.Count.EqualTo(1));
    }

    [TestCase(false)]
    [TestCase(null)]
    public async Task The_first_record_for_a_reseller_on_a_site_is_the_default_whatever_the_body_says(bool? isDefault)
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(1);

        IsOkEmpty(await Post(grantee, collections[0], isDefault));

        Assert.That((await Listed(grantee))[collections[0]], Is.True);
    }

    [TestCase(false)]
    [TestCase(null)]
    public async Task A_later_record_on_the_same_site_is_not_the_default_unless_asked(bool? isDefault)
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(2);
        await Given.GrantAccessAsync(grantee, collections[0]);

        IsOkEmpty(await Post(grantee, collections[1], isDefault));

        var listed = await Listed(grantee);
        Assert.That(listed[collections[0]], Is.True);
        Assert.That(listed[collections[1]], Is.False);
    }

    [Test]
    public async Task Posting_a_default_clears_the_resellers_other_default_on_that_site()
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(3);
        await Given.GrantAccessAsync(grantee, collections[0]);
        await Given.GrantAccessAsync(grantee, collections[1]);

        IsOkEmpty(await Post(grantee, collections[2], isDefault: true));

        Assert.That(await Listed(grantee), Is.EquivalentTo(new Dictionary<Guid, bool>
        {
            [collections[0]] = false,
            [collections[1]] = false,
            [collections[2]] = true,
        }));
    }

    [Test]
    public async Task A_new_default_leaves_the_defaults_of_other_sites_and_other_resellers_alone()
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(2);
        var (_, _, elsewhere) = await CollectionsOnOneSite(1);
        var otherReseller = await Given.ResellerAsync();
        await Given.GrantAccessAsync(grantee, collections[0]);
        await Given.GrantAccessAsync(grantee, elsewhere[0]);
        await Given.GrantAccessAsync(otherReseller, collections[0]);

        IsOkEmpty(await Post(grantee, collections[1], isDefault: true));

        var listed = await Listed(grantee);
        Assert.That(listed[elsewhere[0]], Is.True, "the default on the other site");
        Assert.That(listed[collections[0]], Is.False);
        Assert.That((await Listed(otherReseller))[collections[0]], Is.True, "the other reseller's default on the same site");
    }

    // ---- PUT ----

    [Test]
    public async Task Put_true_makes_the_record_the_default_and_clears_the_others_on_the_site()
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(2);
        await Given.GrantAccessAsync(grantee, collections[0]);
        await Given.GrantAccessAsync(grantee, collections[1]);

        IsOkEmpty(await Put(grantee, collections[1], isDefault: true));

        var listed = await Listed(grantee);
        Assert.That(listed[collections[0]], Is.False);
        Assert.That(listed[collections[1]], Is.True);
    }

    [Test]
    public async Task Put_false_may_leave_the_site_without_a_default_and_CreateService_then_needs_another_way()
    {
        var (grantee, site, collections) = await CollectionsOnOneSite(1);
        await Given.GrantAccessAsync(grantee, collections[0]);
        var before = await Client.PostAsync("/api/services", new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = grantee, siteGuid = site });

        IsOkEmpty(await Put(grantee, collections[0], isDefault: false));

        Assert.That((await Listed(grantee))[collections[0]], Is.False);
        ApiAssert.IsOk(before);
        var after = await Client.PostAsync("/api/services", new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = grantee, siteGuid = site });
        ApiAssert.IsError(after, HttpStatusCode.BadRequest, "NoDefaultCollection", "SiteGuid");
    }

    [Test]
    public async Task Put_without_the_flag_changes_nothing()
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(1);
        await Given.GrantAccessAsync(grantee, collections[0]);

        IsOkEmpty(await Put(grantee, collections[0], isDefault: null));

        Assert.That((await Listed(grantee))[collections[0]], Is.True);
    }

    [Test]
    public async Task Put_of_a_record_that_does_not_exist_is_a_404()
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(1);

        var result = await Put(grantee, collections[0], isDefault: true);

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound");
        IsBaseErrorShape(result);
        Assert.That(await Listed(grantee), Is.Empty);
    }

    // ---- DELETE ----

    [Test]
    public async Task Delete_removes_the_record()
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(1);
        await Given.GrantAccessAsync(grantee, collections[0]);

        IsOkEmpty(await Delete(grantee, collections[0]));

        Assert.That(await Listed(grantee), Is.Empty);
        ApiAssert.IsOk(await Post(grantee, collections[0]));
    }

    [Test]
    public async Task Deleting_the_default_may_leave_the_site_without_one()
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(2);
        await Given.GrantAccessAsync(grantee, collections[0]);
        await Given.GrantAccessAsync(grantee, collections[1]);

        IsOkEmpty(await Delete(grantee, collections[0]));

        Assert.That(await Listed(grantee), Is.EquivalentTo(new Dictionary<Guid, bool> { [collections[1]] = false }));
    }

    [Test]
    public async Task Delete_of_a_record_that_does_not_exist_is_a_404()
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(1);

        var result = await Delete(grantee, collections[0]);

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound");
        IsBaseErrorShape(result);
    }

    [TestCase("""{"isDefaultCollectionForSite":false}""", "")]
    [TestCase("""{"isDefaultCollectionForSite":true}""", "")]
    [TestCase(null, "?isDefaultCollectionForSite=false")]
    [TestCase(null, "?IsDefaultCollectionForSite=true")]
    public async Task Delete_that_carries_IsDefaultCollectionForSite_at_all_is_a_400_and_deletes_nothing(string? body, string query)
    {
        var (grantee, _, collections) = await CollectionsOnOneSite(1);
        await Given.GrantAccessAsync(grantee, collections[0]);

        var result = await Client.DeleteAsync(Path(grantee, collections[0]) + query, body);

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "InvalidParameter", "IsDefaultCollectionForSite");
        ApiAssert.HasMessage(result, "This parameter is not valid for DELETE operations.");
        IsBaseErrorShape(result);
        Assert.That(await Listed(grantee), Has.Count.EqualTo(1));
    }

    // ---- unknown reseller / collection ----

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task An_unknown_reseller_is_a_404_naming_ResellerGuid(string method)
    {
        var (_, _, collections) = await CollectionsOnOneSite(1);
        var body = method == "DELETE" ? null : new { isDefaultCollectionForSite = true };

        var result = await Client.SendAsync(new HttpMethod(method), Path(Guid.NewGuid(), collections[0]), body);

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
        IsBaseErrorShape(result);
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task An_unknown_collection_is_a_404_naming_CollectionGuid(string method)
    {
        var reseller = await Given.ResellerAsync();
        var body = method == "DELETE" ? null : new { isDefaultCollectionForSite = true };

        var result = await Client.SendAsync(new HttpMethod(method), Path(reseller, Guid.NewGuid()), body);

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
        IsBaseErrorShape(result);
        Assert.That(await Listed(reseller), Is.Empty);
    }
}

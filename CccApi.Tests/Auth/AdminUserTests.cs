using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>CreatePartnerAdminUser, GetPartnerAdminUsers and our reseller counterparts, through HTTP.</summary>
public sealed class AdminUserTests
{
    private static TestHost Host => SharedHost.Host;

    private const string Password = "correct horse battery";

    private static string UniqueEmail(string prefix = "admin") => $"{prefix}-{Guid.NewGuid():N}@tests.invalid";

    private static Task<ApiResult> CreatePartnerUserAsync(ApiClient client, Guid partner, string email, string password = Password) =>
        client.PostAsync($"/api/partners/{partner:N}/users", new { emailAddress = email, password });

    private static Task<ApiResult> CreateResellerUserAsync(ApiClient client, Guid reseller, string email, string password = Password) =>
        client.PostAsync($"/api/resellers/{reseller:N}/users", new { emailAddress = email, password });

    private static IEnumerable<string> Emails(ApiResult result) => result.Json["results"]!.AsArray().Select(u => u.Str("emailAddress")!);

    private static IEnumerable<Guid> UserGuids(ApiResult result) => result.Json["results"]!.AsArray().Select(u => Guid.Parse(u.Str("userGuid")!));

    /// <summary>Signs in as <paramref name="email"/> and returns a client that sends the session as X-ss-id.</summary>
    private static async Task<ApiClient> SignInAsync(string email, string password = Password)
    {
        using var anonymous = Host.CreateAnonymousClient();
        var signIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = email, password });
        ApiAssert.IsOk(signIn);
        var http = Host.CreateRawClient();
        http.DefaultRequestHeaders.Add("X-ss-id", signIn.Text("sessionId"));
        return new ApiClient(http);
    }

    [Test]
    public async Task A_partner_admin_user_is_answered_with_the_originals_fields_and_never_its_password()
    {
        using var superUser = Host.CreateSuperUserClient();
        var partner = await new Scenario(superUser).PartnerAsync();
        var email = UniqueEmail();

        var result = await CreatePartnerUserAsync(superUser, partner, email.ToUpperInvariant());

        ApiAssert.IsOk(result);
        ApiAssert.HasProperties(result, "userGuid", "emailAddress", "userTypeGuid", "createdOn", "userType", "status", "permissions", "roles");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Text("userGuid"), Has.Length.EqualTo(32).And.Not.EqualTo(ApiAssert.EmptyGuid));
            Assert.That(result.Text("emailAddress"), Is.EqualTo(email), "stored lower-case, as sign-in compares it");
            Assert.That(result.Guid("userTypeGuid"), Is.EqualTo(partner));
            Assert.That(result.Text("userType"), Is.EqualTo("Partner"));
            Assert.That(result.Text("status"), Is.EqualTo("Active"));
            Assert.That(result.Json["permissions"]!.AsArray(), Is.Empty);
            Assert.That(result.Json["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "Partner" }));
            Assert.That(DateTime.Parse(result.Text("createdOn"), System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime(),
                Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(result.Body, Does.Not.Contain(Password));
        }
    }

    [Test]
    public async Task A_created_partner_admin_signs_in_and_sees_only_its_partners_objects()
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        var email = UniqueEmail("partner");
        var created = await CreatePartnerUserAsync(superUser, own.Partner, email);
        ApiAssert.IsOk(created);

        using var partnerAdmin = await SignInAsync(email);

        ApiAssert.IsOk(await partnerAdmin.GetAsync($"/api/resellers/{own.Reseller:N}"));
        ApiAssert.IsOk(await partnerAdmin.GetAsync($"/api/services/{own.Service:N}"));
        ApiAssert.IsError(await partnerAdmin.GetAsync($"/api/resellers/{foreign.Reseller:N}"), HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
        ApiAssert.IsError(await partnerAdmin.GetAsync($"/api/services/{foreign.Service:N}"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await partnerAdmin.GetAsync($"/api/partners/{foreign.Partner:N}/users"), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        var ownUsers = await partnerAdmin.GetAsync($"/api/partners/{own.Partner:N}/users");
        ApiAssert.IsOk(ownUsers);
        Assert.That(UserGuids(ownUsers), Is.EqualTo(new[] { own.PartnerAdmin, created.Guid("userGuid") }), "the tenant's own partner admin, then this one");
    }

    [Test]
    public async Task A_partner_admin_creates_a_reseller_admin_who_signs_in_and_sees_only_its_reseller()
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var own = await Tenant.CreateAsync(given);
        var sibling = await given.ResellerAsync(own.Partner);
        var partnerEmail = UniqueEmail("partner");
        ApiAssert.IsOk(await CreatePartnerUserAsync(superUser, own.Partner, partnerEmail));
        using var partnerAdmin = await SignInAsync(partnerEmail);
        var resellerEmail = UniqueEmail("reseller");

        var created = await CreateResellerUserAsync(partnerAdmin, own.Reseller, resellerEmail);

        ApiAssert.IsOk(created);
        Assert.That(created.Text("userType"), Is.EqualTo("Reseller"));
        Assert.That(created.Guid("userTypeGuid"), Is.EqualTo(own.Reseller));
        using var resellerAdmin = await SignInAsync(resellerEmail);
        ApiAssert.IsOk(await resellerAdmin.GetAsync($"/api/services/{own.Service:N}"));
        ApiAssert.IsError(await resellerAdmin.GetAsync($"/api/resellers/{sibling:N}"), HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
        ApiAssert.IsError(await resellerAdmin.GetAsync($"/api/partners/{own.Partner:N}/users"), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        ApiAssert.IsError(await CreatePartnerUserAsync(resellerAdmin, own.Partner, UniqueEmail()), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        var resellerUsers = await resellerAdmin.GetAsync($"/api/resellers/{own.Reseller:N}/users");
        Assert.That(Emails(resellerUsers), Is.EqualTo(new[] { resellerEmail }));
    }

    [Test]
    public async Task An_email_already_used_by_any_admin_user_is_a_409_naming_EmailAddress_whatever_its_case()
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var partner = await given.PartnerAsync();
        var reseller = await given.ResellerAsync(partner);
        var email = UniqueEmail();
        ApiAssert.IsOk(await CreatePartnerUserAsync(superUser, partner, email));

        var samePartner = await CreatePartnerUserAsync(superUser, partner, email.ToUpperInvariant());
        var otherLevel = await CreateResellerUserAsync(superUser, reseller, char.ToUpperInvariant(email[0]) + email[1..]);
        var theSuperUsers = await CreatePartnerUserAsync(superUser, partner, Host.SuperUserEmail);

        foreach (var conflict in new[] { samePartner, otherLevel, theSuperUsers })
        {
            ApiAssert.IsError(conflict, HttpStatusCode.Conflict, "Conflict", "EmailAddress");
            Assert.That(conflict.Body, Does.Not.Contain(Password));
        }
        var listed = await superUser.GetAsync($"/api/partners/{partner:N}/users");
        Assert.That(Emails(listed), Is.EqualTo(new[] { email }), "no partial write");
    }

    [Test]
    public async Task Simultaneous_creations_with_one_email_make_one_user_and_409s()
    {
        using var superUser = Host.CreateSuperUserClient();
        var partner = await new Scenario(superUser).PartnerAsync();
        var email = UniqueEmail();

        var results = await SimultaneousCalls.RunAsync(8, _ => CreatePartnerUserAsync(superUser, partner, email));

        Assert.That(results.Count(r => r.Status == HttpStatusCode.OK), Is.EqualTo(1), string.Join("\n", results.Select(r => r.ToString())));
        foreach (var conflict in results.Where(r => r.Status != HttpStatusCode.OK))
            ApiAssert.IsError(conflict, HttpStatusCode.Conflict, "Conflict", "EmailAddress");
        var listed = await superUser.GetAsync($"/api/partners/{partner:N}/users");
        Assert.That(listed.Json["totalItems"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [TestCase(null, Password, "NotEmpty", "EmailAddress")]
    [TestCase("not-an-address", Password, "Email", "EmailAddress")]
    [TestCase("LONG", Password, "MaximumLength", "EmailAddress")]
    [TestCase("EMAIL", null, "NotEmpty", "Password")]
    [TestCase("EMAIL", "", "NotEmpty", "Password")]
    [TestCase("EMAIL", "seven77", "MinimumLength", "Password")]
    [TestCase("EMAIL", "LONG", "MaximumLength", "Password")]
    public async Task Bad_credentials_are_a_400_naming_the_field_without_echoing_the_password(string? email, string? password, string code, string field)
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var partner = await given.PartnerAsync();
        var reseller = await given.ResellerAsync(partner);
        email = email switch { "EMAIL" => UniqueEmail(), "LONG" => new string('a', 250) + "@x.io", _ => email };
        password = password == "LONG" ? new string('p', 129) : password;
        var body = new { emailAddress = email, password };

        var forPartner = await superUser.PostAsync($"/api/partners/{partner:N}/users", body);
        var forReseller = await superUser.PostAsync($"/api/resellers/{reseller:N}/users", body);

        foreach (var result in new[] { forPartner, forReseller })
        {
            ApiAssert.IsError(result, HttpStatusCode.BadRequest, code, field);
            if (!string.IsNullOrEmpty(password)) Assert.That(result.Body, Does.Not.Contain(password));
        }
        Assert.That((await superUser.GetAsync($"/api/partners/{partner:N}/users")).Json["totalItems"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task An_unknown_partner_or_reseller_is_a_404_naming_its_field()
    {
        using var superUser = Host.CreateSuperUserClient();

        ApiAssert.IsError(await CreatePartnerUserAsync(superUser, Guid.NewGuid(), UniqueEmail()), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        ApiAssert.IsError(await superUser.GetAsync($"/api/partners/{Guid.NewGuid():N}/users"), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        ApiAssert.IsError(await CreateResellerUserAsync(superUser, Guid.NewGuid(), UniqueEmail()), HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
        ApiAssert.IsError(await superUser.GetAsync($"/api/resellers/{Guid.NewGuid():N}/users"), HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
    }

    [Test]
    public async Task Users_are_listed_oldest_first_in_pages_with_the_right_numbers()
    {
        using var superUser = Host.CreateSuperUserClient();
        var partner = await new Scenario(superUser).PartnerAsync();
        var emails = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            emails.Add(UniqueEmail($"u{i}"));
            ApiAssert.IsOk(await CreatePartnerUserAsync(superUser, partner, emails[^1]));
        }

        var first = await superUser.GetAsync($"/api/partners/{partner:N}/users?page=1&pageSize=2");
        var last = await superUser.GetAsync($"/api/partners/{partner:N}/users?page=3&pageSize=2");
        var past = await superUser.GetAsync($"/api/partners/{partner:N}/users?page=4&pageSize=2");
        var defaults = await superUser.GetAsync($"/api/partners/{partner:N}/users?page=&pageSize=");

        static int[] Numbers(ApiResult r) =>
            [.. new[] { "currentPage", "pageSize", "totalItems", "totalPages" }.Select(n => r.Json[n]!.GetValue<int>())];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Numbers(first), Is.EqualTo(new[] { 1, 2, 5, 3 }));
            Assert.That(Emails(first), Is.EqualTo(emails.Take(2)));
            Assert.That(Numbers(last), Is.EqualTo(new[] { 3, 2, 5, 3 }));
            Assert.That(Emails(last), Is.EqualTo(emails.Skip(4)));
            Assert.That(Numbers(past), Is.EqualTo(new[] { 4, 2, 5, 3 }));
            Assert.That(Emails(past), Is.Empty);
            Assert.That(Numbers(defaults), Is.EqualTo(new[] { 1, 25, 5, 1 }));
            Assert.That(Emails(defaults), Is.EqualTo(emails));
        }
        ApiAssert.HasProperties(first, "pageSize", "totalPages", "totalItems", "currentPage", "results");
    }

    [Test]
    public async Task A_partner_admin_never_sees_another_partners_users_nor_its_resellers_users_in_the_partner_list()
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        var ownEmail = UniqueEmail("own");
        var ownUser = await CreatePartnerUserAsync(superUser, own.Partner, ownEmail);
        ApiAssert.IsOk(ownUser);
        ApiAssert.IsOk(await CreatePartnerUserAsync(superUser, foreign.Partner, UniqueEmail("foreign")));
        var resellerEmail = UniqueEmail("reseller");
        ApiAssert.IsOk(await CreateResellerUserAsync(superUser, own.Reseller, resellerEmail));
        using var partnerAdmin = await SignInAsync(ownEmail);

        var partnerList = await partnerAdmin.GetAsync($"/api/partners/{own.Partner:N}/users");
        var resellerList = await partnerAdmin.GetAsync($"/api/resellers/{own.Reseller:N}/users");
        var foreignResellerList = await partnerAdmin.GetAsync($"/api/resellers/{foreign.Reseller:N}/users");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(UserGuids(partnerList), Is.EqualTo(new[] { own.PartnerAdmin, ownUser.Guid("userGuid") }));
            Assert.That(partnerList.Json["totalItems"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(Emails(resellerList), Is.EqualTo(new[] { resellerEmail }));
        }
        ApiAssert.IsError(foreignResellerList, HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
    }

    [TestCase("page=0", "Page", "GreaterThanOrEqual")]
    [TestCase("page=-1", "Page", "GreaterThanOrEqual")]
    [TestCase("page=two", "Page", "GreaterThanOrEqual")]
    [TestCase("page=1.5", "Page", "GreaterThanOrEqual")]
    [TestCase("page=99999999999", "Page", "GreaterThanOrEqual")]
    [TestCase("pageSize=0", "PageSize", "InclusiveBetween")]
    [TestCase("pageSize=101", "PageSize", "InclusiveBetween")]
    [TestCase("pageSize=ten", "PageSize", "InclusiveBetween")]
    public async Task Paging_that_is_not_a_whole_number_in_range_is_a_400_naming_the_field(string query, string field, string code)
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var partner = await given.PartnerAsync();
        var reseller = await given.ResellerAsync(partner);

        ApiAssert.IsError(await superUser.GetAsync($"/api/partners/{partner:N}/users?{query}"), HttpStatusCode.BadRequest, code, field);
        ApiAssert.IsError(await superUser.GetAsync($"/api/resellers/{reseller:N}/users?{query}"), HttpStatusCode.BadRequest, code, field);
    }
}

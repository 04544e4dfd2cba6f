using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Email;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.ServiceUsers;

/// <summary>
/// A service's users: one per email address per service, the pages' group rules, partial updates, lists and searches
/// that match Token as a prefix, and the history the reports read.
/// </summary>
public sealed class ServiceUserTests : ApiTest
{
    internal const string Password = "user password 1";

    [Test]
    public async Task A_created_user_is_answered_without_its_password_and_its_email_names_one_user_per_service()
    {
        var service = await ServiceAsync();
        var created = await Client.PostAsync(Users(service), NewUser("Pat@Example.ORG", new { language = "fr", enableMfa = true }));
        ApiAssert.IsOk(created);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Text("emailAddress"), Is.EqualTo("pat@example.org"));
            Assert.That((created.Text("status"), created.Text("groupType"), created.Text("groupName"), created.Text("language")),
                Is.EqualTo(("Active", "Professional", "Professional", "fr")), "neither group field: the service's default package");
            Assert.That(created.Json["registeredOn"], Is.Not.Null, "pre-registered");
            Assert.That(created.Json["enableMfa"]!.GetValue<bool>(), Is.True);
            Assert.That(created.Body, Does.Not.Contain(Password).And.Not.Contain("passwordHash").IgnoreCase);
        }
        var user = created.Guid("serviceUserGuid");

        ApiAssert.IsError(await Client.PostAsync(Users(service), NewUser("PAT@example.org")), HttpStatusCode.Conflict, "Conflict", "EmailAddress");
        ApiAssert.IsOk(await Client.PostAsync(Users(await ServiceAsync()), NewUser("pat@example.org")));

        var byGuid = await Client.GetAsync($"{Users(service)}/single?ServiceUserGuid={user:N}");
        var byEmail = await Client.GetAsync($"{Users(service)}/single?EmailAddress=Pat@example.org");
        ApiAssert.IsOk(byGuid);
        Assert.That(byEmail.Body, Is.EqualTo(byGuid.Body));
        ApiAssert.IsError(await Client.GetAsync($"{Users(service)}/single?ServiceUserGuid={user:N}&EmailAddress=other@example.org"),
            HttpStatusCode.NotFound, "NotFound", "ServiceUserGuid");
        ApiAssert.IsError(await Client.GetAsync($"{Users(service)}/single"), HttpStatusCode.BadRequest, "NotNull", "ServiceUserGuid");
    }

    [Test]
    public async Task The_group_pair_follows_the_pages_and_a_move_closes_one_period_and_opens_the_next()
    {
        var service = await ServiceAsync();
        var guest = await Client.PostAsync(Users(service), NewUser($"g@{Scenario.UniqueDomain()}", new { serviceUserGroupType = "Guest" }));
        ApiAssert.IsOk(guest);
        Assert.That(guest.Text("groupType"), Is.EqualTo("Guest"), "the type alone: that type's default group");
        var user = guest.Guid("serviceUserGuid");
        var professional = await DefaultGroupAsync(service, ServiceUserGroupType.Professional);

        ApiAssert.IsError(await Client.PostAsync(Users(service), NewUser($"x@{Scenario.UniqueDomain()}", new { serviceUserGroupGuid = professional, serviceUserGroupType = "Guest" })),
            HttpStatusCode.BadRequest, "NotEqual", "ServiceUserGroupType");
        var foreignGroup = await DefaultGroupAsync(await ServiceAsync(), ServiceUserGroupType.Guest);
        ApiAssert.IsError(await Client.PostAsync(Users(service), NewUser($"x@{Scenario.UniqueDomain()}", new { serviceUserGroupGuid = foreignGroup })),
            HttpStatusCode.NotFound, "NotFound", "ServiceUserGroupGuid");
        ApiAssert.IsError(await Client.PostAsync(Users(service), NewUser($"x@{Scenario.UniqueDomain()}", new { serviceUserGroupType = "Admin" })),
            HttpStatusCode.BadRequest, "AllowableValues", "ServiceUserGroupType");
        ApiAssert.IsError(await Client.PutAsync($"{Users(service)}/group?ServiceUserGuid={user:N}", new { }),
            HttpStatusCode.BadRequest, "NotEmpty", "ServiceUserGroupType");

        ApiAssert.IsOk(await Client.PutAsync($"{Users(service)}/group?ServiceUserGuid={user:N}&ServiceUserGroupGuid={professional:N}", new { serviceUserGroupType = "Professional" }));

        var read = await Client.GetAsync($"{Users(service)}/single?ServiceUserGuid={user:N}");
        Assert.That((read.Guid("groupGuid"), read.Text("groupType")), Is.EqualTo((professional, "Professional")));
        var periods = await WithDbAsync(db => db.ServiceUserGroupPeriods.AsNoTracking().Where(p => p.ServiceUserId == user).OrderBy(p => p.StartedOn).ToListAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(periods.Select(p => p.GroupType), Is.EqualTo(new[] { ServiceUserGroupType.Guest, ServiceUserGroupType.Professional }));
            Assert.That(periods[0].EndedOn, Is.EqualTo(periods[1].StartedOn), "from when to when, without a gap");
            Assert.That(periods[1].EndedOn, Is.Null);
        }
    }

    [Test]
    public async Task An_update_changes_only_the_fields_sent()
    {
        var service = await ServiceAsync();
        var email = $"u@{Scenario.UniqueDomain()}";
        ApiAssert.IsOk(await Client.PostAsync(Users(service), NewUser(email, new { enableCampaigns = true, defaultSecure = "Always" })));

        ApiAssert.IsOk(await Client.PutAsync($"{Users(service)}?EmailAddress={email}", new { lastName = "Renamed", blacklistMode = "SecureOnly" }));

        var read = await Client.GetAsync($"{Users(service)}/single?EmailAddress={email}");
        Assert.That((read.Text("firstName"), read.Text("lastName"), read.Text("defaultSecure"), read.Text("blacklistMode"), read.Json["enableCampaigns"]!.GetValue<bool>()),
            Is.EqualTo(("Pat", "Renamed", "Always", "SecureOnly", true)));
        ApiAssert.IsError(await Client.PutAsync($"{Users(service)}?EmailAddress={email}", new { firstName = "" }), HttpStatusCode.BadRequest, "NotEmpty", "FirstName");
        ApiAssert.IsError(await Client.PutAsync($"{Users(service)}?EmailAddress=nobody@example.org", new { firstName = "X" }), HttpStatusCode.NotFound, "NotFound", "EmailAddress");
    }

    [Test]
    public async Task Lists_page_by_email_and_searches_match_the_start_of_a_name_or_address_in_any_case()
    {
        var service = await ServiceAsync();
        var domain = Scenario.UniqueDomain();
        foreach (var (first, last, local) in new[] { ("Zoë", "Ångström", "zoe"), ("Adam", "Zweig", "adam"), ("Bea", "Brown", "bea") })
            ApiAssert.IsOk(await Client.PostAsync(Users(service), new { emailAddress = $"{local}@{domain}", password = Password, firstName = first, lastName = last, preRegister = true }));
        var code = (await Client.GetAsync($"/api/services/{service:N}")).Text("serviceCode");

        var page = await Client.GetAsync($"/api/services/single/users?ServiceCode={code.ToUpperInvariant()}&PageSize=2&Page=2");
        ApiAssert.IsOk(page);
        Assert.That((page.Json["totalItems"]!.GetValue<int>(), page.Json["totalPages"]!.GetValue<int>()), Is.EqualTo((3, 2)));
        Assert.That(Emails(page.Json["results"]!), Is.EqualTo(new[] { $"zoe@{domain}" }), "ordered by email");
        var byToken = await Client.GetAsync($"{Users(service)}?Token=z");
        Assert.That(Emails(byToken.Json["results"]!), Is.EqualTo(new[] { $"adam@{domain}", $"zoe@{domain}" }), "Zweig's last name, Zoë's first name and address");
        var guests = await Client.GetAsync($"{Users(service)}?ServiceUserGroupType=Guest");
        Assert.That(guests.Json["totalItems"]!.GetValue<int>(), Is.Zero);

        var search = await Client.GetAsync($"/api/services/users?Token=ÅNG&ServiceGuid={service:N}");
        ApiAssert.IsOk(search);
        var result = search.Json["results"]!.AsArray().Single()!;
        Assert.That((result["serviceUser"]!["emailAddress"]!.GetValue<string>(), result["service"]!["serviceGuid"]!.GetValue<string>()),
            Is.EqualTo(($"zoe@{domain}", service.ToString("N"))));
        var all = await Client.GetAsync($"/api/services/users?Token={domain}");
        Assert.That(all.Json["results"]!.AsArray(), Is.Empty, "a prefix, not a substring: the domain is inside the address");
        ApiAssert.IsError(await Client.GetAsync($"/api/services/users?Token=a&ServiceGuid={service:N}&CollectionGuid={Guid.NewGuid():N}"),
            HttpStatusCode.BadRequest, "NotEqual", "CollectionGuid");
        ApiAssert.IsError(await Client.GetAsync("/api/services/users"), HttpStatusCode.BadRequest, "NotEmpty", "Token");
    }

    [Test]
    public async Task Provisioning_creates_then_updates_the_user_its_SsoUid_names_and_replaces_its_aliases()
    {
        var service = await ServiceAsync();
        var domain = Scenario.UniqueDomain();
        var ssoUid = Guid.NewGuid();
        var created = await Client.PostAsync($"/api/services/{service:N}/sso/users",
            new { emailAddress = $"sso@{domain}", firstName = "Sam", lastName = "Sso", ssoUid, aliases = new[] { $"s@{domain}" } });
        ApiAssert.IsOk(created);
        var user = created.Guid("serviceUserGuid");

        var updated = await Client.PostAsync($"/api/services/{service:N}/sso/users",
            new { emailAddress = $"renamed@{domain}", firstName = "Sam", lastName = "Renamed", ssoUid, serviceUserGroupType = "Guest", aliases = new[] { $"sam@{domain}" } });
        ApiAssert.IsOk(updated);
        Assert.That(updated.Guid("serviceUserGuid"), Is.EqualTo(user), "the same user, found by its SsoUid");

        var read = await Client.GetAsync($"{Users(service)}/single?ServiceUserGuid={user:N}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((read.Text("emailAddress"), read.Text("lastName"), read.Text("groupType")), Is.EqualTo(($"renamed@{domain}", "Renamed", "Guest")));
            Assert.That(read.Json["emailAliases"]!.AsObject().Select(a => a.Key), Is.EqualTo(new[] { $"sam@{domain}" }));
            Assert.That(read.Json["registeredOn"], Is.Not.Null, "asserted by the identity provider: no activation");
        }
        Assert.That(await PublicSendEmailMessageTests.OutboxAsync(service), Is.Empty, "no activation message for a provisioned user");
        ApiAssert.IsError(await Client.PostAsync(Users(service), NewUser($"renamed@{domain}")), HttpStatusCode.Conflict, "Conflict", "EmailAddress");
    }

    [Test]
    public async Task A_user_not_pre_registered_gets_an_activation_message_whose_token_is_stored_as_a_digest_and_replaced_when_resent()
    {
        var service = await ServiceAsync();
        var email = $"new@{Scenario.UniqueDomain()}";
        var created = await Client.PostAsync(Users(service), new { emailAddress = email, password = Password, firstName = "Nia", lastName = "New" });
        ApiAssert.IsOk(created);
        Assert.That(created.Json["registeredOn"], Is.Null);
        var user = created.Guid("serviceUserGuid");

        var first = PublicSendEmailMessageTests.Parse((await PublicSendEmailMessageTests.OutboxAsync(service)).Single());
        Assert.That(first.To.Mailboxes.Single().Address, Is.EqualTo(email));
        var token = TokenIn(first.TextBody);
        var stored = await WithDbAsync(db => db.ServiceUserActivationTokens.AsNoTracking().Where(t => t.ServiceUserId == user).ToListAsync());
        Assert.That(stored.Single().Digest, Is.EqualTo(ServiceInterface.Auth.SecretTokens.Digest(token)).And.Not.Contains(token));

        ApiAssert.IsOk(await Client.PostAsync($"{Users(service)}/messages/activation?EmailAddress={email}"));
        ApiAssert.IsOk(await Client.PostAsync($"{Users(service)}/activationmessage?ServiceUserGuid={user:N}"));

        var outbox = await PublicSendEmailMessageTests.OutboxAsync(service);
        var tokens = await WithDbAsync(db => db.ServiceUserActivationTokens.AsNoTracking().Where(t => t.ServiceUserId == user).OrderBy(t => t.CreatedOn).ToListAsync());
        Assert.That(outbox, Has.Count.EqualTo(3));
        Assert.That(tokens.Count(t => t.EndedOn is null), Is.EqualTo(1), "a new message ends the earlier tokens");
        Assert.That(TokenIn(PublicSendEmailMessageTests.Parse(outbox[^1]).TextBody), Is.Not.EqualTo(token));

        var registered = await Client.PostAsync(Users(service), NewUser($"r@{Scenario.UniqueDomain()}"));
        ApiAssert.IsError(await Client.PostAsync($"{Users(service)}/activationmessage?ServiceUserGuid={registered.Guid("serviceUserGuid"):N}"),
            HttpStatusCode.Conflict, "Conflict", "ServiceUserGuid");
    }

    [Test]
    public async Task An_activation_token_works_once_and_not_once_replaced_or_expired()
    {
        var service = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();
        async Task<(Guid User, string Token)> NewUserAsync()
        {
            var created = await Client.PostAsync(Users(service), new { emailAddress = $"a@{Scenario.UniqueDomain()}", password = Password, firstName = "Ana", lastName = "Active" });
            ApiAssert.IsOk(created);
            var message = (await PublicSendEmailMessageTests.OutboxAsync(service))[^1];
            return (created.Guid("serviceUserGuid"), TokenIn(PublicSendEmailMessageTests.Parse(message).TextBody));
        }

        var (user, token) = await NewUserAsync();
        ApiAssert.IsOk(await anonymous.PostAsync("/api/public/services/users/activation", new { token }));
        Assert.That((await Client.GetAsync($"{Users(service)}/single?ServiceUserGuid={user:N}")).Json["registeredOn"], Is.Not.Null);
        ApiAssert.IsError(await anonymous.PostAsync("/api/public/services/users/activation", new { token }), HttpStatusCode.BadRequest, "InvalidToken", "Token");

        var (replacedUser, replaced) = await NewUserAsync();
        ApiAssert.IsOk(await Client.PostAsync($"{Users(service)}/activationmessage?ServiceUserGuid={replacedUser:N}"));
        ApiAssert.IsError(await anonymous.PostAsync("/api/public/services/users/activation", new { token = replaced }), HttpStatusCode.BadRequest, "InvalidToken", "Token");

        var (expiredUser, expired) = await NewUserAsync();
        await WithDbAsync(db => db.ServiceUserActivationTokens.Where(t => t.ServiceUserId == expiredUser)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.ExpiresOn, DateTime.UtcNow.AddMinutes(-1))));
        ApiAssert.IsError(await anonymous.PostAsync("/api/public/services/users/activation", new { token = expired }), HttpStatusCode.BadRequest, "InvalidToken", "Token");
        Assert.That((await Client.GetAsync($"{Users(service)}/single?ServiceUserGuid={expiredUser:N}")).Json["registeredOn"], Is.Null);
        var tooLong = new string('t', 101) + expired;
        var refused = await anonymous.PostAsync("/api/public/services/users/activation", new { token = tooLong });
        ApiAssert.IsError(refused, HttpStatusCode.BadRequest, "MaximumLength", "Token");
        Assert.That(refused.Body, Does.Not.Contain(expired), "a token is never echoed");
    }

    [Test]
    public async Task A_password_changes_only_with_the_old_one_and_is_never_answered()
    {
        var service = await ServiceAsync();
        var email = $"p@{Scenario.UniqueDomain()}";
        ApiAssert.IsOk(await Client.PostAsync(Users(service), NewUser(email)));

        ApiAssert.IsError(await Client.PutAsync($"{Users(service)}/password?EmailAddress={email}", new { oldPassword = "wrong password", newPassword = "new password 2" }),
            HttpStatusCode.BadRequest, "InvalidPassword", "OldPassword");
        ApiAssert.IsError(await Client.PutAsync($"{Users(service)}/password?EmailAddress={email}", new { oldPassword = Password, newPassword = "short" }),
            HttpStatusCode.BadRequest, "MinimumLength", "NewPassword");
        var changed = await Client.PutAsync($"{Users(service)}/password?EmailAddress={email}", new { oldPassword = Password, newPassword = "new password 2" });
        ApiAssert.IsOk(changed);
        Assert.That(changed.Body, Does.Not.Contain("new password 2"));
        ApiAssert.IsError(await Client.PutAsync($"{Users(service)}/password?EmailAddress={email}", new { oldPassword = Password, newPassword = "new password 3" }),
            HttpStatusCode.BadRequest, "InvalidPassword", "OldPassword");
    }

    internal static object NewUser(string email, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["emailAddress"] = email, ["password"] = Password, ["firstName"] = "Pat", ["lastName"] = "User", ["preRegister"] = true };
        if (extra is not null)
            foreach (var property in extra.GetType().GetProperties()) body[property.Name] = property.GetValue(extra);
        return body;
    }

    internal static string Users(Guid service) => $"/api/services/{service:N}/users";

    private async Task<Guid> ServiceAsync()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        return await Given.ServiceAsync(setup.Reseller);
    }

    private static Task<Guid> DefaultGroupAsync(Guid service, ServiceUserGroupType type) =>
        WithDbAsync(db => db.ServiceUserGroups.Where(g => g.ServiceId == service && g.Type == type && g.IsDefault).Select(g => g.Id).SingleAsync());

    internal static async Task<T> WithDbAsync<T>(Func<CccDbContext, Task<T>> read, TestHost? host = null)
    {
        await using var scope = (host ?? SharedHost.Host).Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CccDbContext>());
    }

    private static string[] Emails(System.Text.Json.Nodes.JsonNode results) =>
        results.AsArray().Select(r => r!["emailAddress"]!.GetValue<string>()).ToArray();

    /// <summary>The token the message carries: after "token=" in its link, or the code itself.</summary>
    internal static string TokenIn(string? body)
    {
        var text = body ?? "";
        var marker = text.Contains("token=", StringComparison.Ordinal) ? "token=" : "activation code is ";
        var start = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var end = text.IndexOfAny([' ', '\r', '\n'], start);
        return Uri.UnescapeDataString(end < 0 ? text[start..] : text[start..end]);
    }
}

using System.Net;

namespace CccApi.Tests.Framework;

[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class RoutingTests : EchoHostTest
{
    [Test]
    public async Task Literal_path_parts_match_case_insensitively()
    {
        var result = await Client.GetAsync($"/API/ECHO/{Id:N}");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.That(result.Json["received"]!["id"]!.GetValue<string>(), Is.EqualTo(Id.ToString("N")));
    }

    [Test]
    public async Task A_literal_route_beats_a_variable_one()
    {
        var literal = await Client.GetAsync("/api/echo/literal");
        var variable = await Client.GetAsync($"/api/echo/{Id:N}");

        Assert.That(literal.Text("matched"), Is.EqualTo("literal"));
        Assert.That(variable.Text("matched"), Is.EqualTo("variable"));
    }

    [Test]
    public async Task A_wildcard_variable_takes_the_rest_of_the_path()
    {
        var result = await Client.GetAsync($"/api/echo/{Id:N}/wild/a/b/c");

        Assert.That(result.Text("matched"), Is.EqualTo("a/b/c"));
    }

    [Test]
    public async Task A_wildcard_variable_takes_a_path_longer_than_any_route()
    {
        var result = await Client.GetAsync($"/api/echo/{Id:N}/wild/a/b/c/d/e/f/g/h");

        Assert.That(result.Text("matched"), Is.EqualTo("a/b/c/d/e/f/g/h"));
    }

    [Test]
    public async Task A_wildcard_variable_may_take_nothing()
    {
        var result = await Client.GetAsync($"/api/echo/{Id:N}/wild");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.That(result.Json["matched"]?.GetValue<string>(), Is.Null.Or.Empty);
    }

    [Test]
    public async Task A_path_no_route_matches_is_an_empty_404()
    {
        var result = await Client.GetAsync("/api/no/such/thing");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(result.Body, Is.Empty);
    }

    [Test]
    public async Task A_route_declared_for_other_verbs_is_an_empty_404()
    {
        var result = await Client.DeleteAsync($"/api/echo/{Id:N}");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(result.Body, Is.Empty);
    }

    [Test]
    public async Task Routes_are_served_only_under_the_api_mount_point()
    {
        var outside = await Client.GetAsync($"/echo/{Id:N}");
        var inside = await Client.GetAsync($"/api/echo/{Id:N}");

        Assert.That(outside.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(inside.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_trailing_slash_still_matches()
    {
        var result = await Client.GetAsync($"/api/echo/{Id:N}/");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
    }
}

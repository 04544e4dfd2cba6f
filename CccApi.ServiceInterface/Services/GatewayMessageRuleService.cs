using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// A gateway's message rules for one service, kept in order (Position 1, 2, ... without gaps). The gateway reads them;
/// SuperUsers and the service's Partner and Reseller admins add, change, move and remove them. Every change runs in
/// one transaction that first bumps the gateway's RulesVersion, so concurrent changes of one gateway's rules queue on
/// that row and positions never collide.
/// </summary>
public sealed class GatewayMessageRuleService(CccDbContext db, GatewayServices gateways, Quotas quotas, TimeProvider time)
{
    public async Task<GatewayServiceMessageRulesResponse> Get(SearchGatewayServiceMessageRules request, CancellationToken ct)
    {
        var (gateway, serviceId) = await TargetAsync(request.GatewayGuid, request.ServiceGuid, ct);
        return await RulesOf(gateway, serviceId).OrderBy(r => r.Position).ThenBy(r => r.Id).ToWire()
            .ToPageAsync(request, new GatewayServiceMessageRulesResponse(), ct);
    }

    public async Task<GatewayServiceMessageRuleResponse> Get(GetGatewayServiceMessageRule request, CancellationToken ct)
    {
        var (gateway, serviceId) = await TargetAsync(request.GatewayGuid, request.ServiceGuid, ct);
        var rule = await RulesOf(gateway, serviceId).AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.MessageRuleGuid, ct)
            ?? throw RuleNotFound();
        return MessageRuleProjection.Describe(rule, new GatewayServiceMessageRuleResponse());
    }

    public async Task<GatewayServiceMessageRuleResponse> Post(CreateGatewayServiceMessageRule request, CancellationToken ct)
    {
        var (gateway, serviceId) = await TargetAsync(request.GatewayGuid, request.ServiceGuid, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockRulesAsync(gateway, ct);
        var count = await RulesOf(gateway, serviceId).CountAsync(ct);
        Quotas.EnsureRoom(count, quotas.Settings.MessageRulesPerGatewayService, "message rules per gateway and service", nameof(request.ServiceGuid));
        var position = request.Position ?? count + 1;
        RequirePosition(position, count + 1);
        await RulesOf(gateway, serviceId).Where(r => r.Position >= position)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Position, r => r.Position + 1), ct);
        var now = time.GetUtcNow().UtcDateTime;
        var rule = new MessageRule
        {
            Id = Guid.NewGuid(),
            GatewayId = gateway.GatewayId,
            ServiceId = serviceId,
            Position = position,
            MatchExpression = request.MatchExpression!,
            Description = Text(request.Description),
            Cost = request.Cost ?? 0,
            Enabled = request.Enabled ?? true,
            CheckNextRuleIf = request.CheckNextRuleIf ?? CheckNextRuleConditions.Never,
            CreatedOn = now,
            UpdatedOn = now,
        };
        db.GatewayMessageRules.Add(rule);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return MessageRuleProjection.Describe(rule, new GatewayServiceMessageRuleResponse());
    }

    public async Task<GatewayServiceMessageRuleResponse> Put(UpdateGatewayServiceMessageRule request, CancellationToken ct)
    {
        var (gateway, serviceId) = await TargetAsync(request.GatewayGuid, request.ServiceGuid, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockRulesAsync(gateway, ct);
        var rule = await RulesOf(gateway, serviceId).SingleOrDefaultAsync(r => r.Id == request.MessageRuleGuid, ct) ?? throw RuleNotFound();
        if (request.Position is { } position && position != rule.Position)
        {
            RequirePosition(position, await RulesOf(gateway, serviceId).CountAsync(ct));
            var from = rule.Position;
            var others = RulesOf(gateway, serviceId).Where(r => r.Id != rule.Id);
            if (position < from)
                await others.Where(r => r.Position >= position && r.Position < from)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.Position, r => r.Position + 1), ct);
            else
                await others.Where(r => r.Position > from && r.Position <= position)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.Position, r => r.Position - 1), ct);
            rule.Position = position;
        }
        if (request.MatchExpression is not null) rule.MatchExpression = request.MatchExpression;
        if (request.Description is not null) rule.Description = Text(request.Description);
        if (request.Cost is { } cost) rule.Cost = cost;
        if (request.Enabled is { } enabled) rule.Enabled = enabled;
        if (request.CheckNextRuleIf is { } checkNext) rule.CheckNextRuleIf = checkNext;
        rule.UpdatedOn = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return MessageRuleProjection.Describe(rule, new GatewayServiceMessageRuleResponse());
    }

    /// <summary>The rules after it move up one place.</summary>
    public async Task<BaseResponse> Delete(DeleteGatewayServiceMessageRule request, CancellationToken ct)
    {
        var (gateway, serviceId) = await TargetAsync(request.GatewayGuid, request.ServiceGuid, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockRulesAsync(gateway, ct);
        var position = await RulesOf(gateway, serviceId).Where(r => r.Id == request.MessageRuleGuid).Select(r => (int?)r.Position).SingleOrDefaultAsync(ct)
            ?? throw RuleNotFound();
        await RulesOf(gateway, serviceId).Where(r => r.Id == request.MessageRuleGuid).ExecuteDeleteAsync(ct);
        await RulesOf(gateway, serviceId).Where(r => r.Position > position)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Position, r => r.Position - 1), ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    private async Task<(GatewayReach Gateway, Guid ServiceId)> TargetAsync(Guid gatewayGuid, Guid serviceGuid, CancellationToken ct)
    {
        var gateway = await gateways.GatewayAsync(gatewayGuid, ct);
        return (gateway, await gateways.RequireServiceIdAsync(gateway, serviceGuid, ct));
    }

    private IQueryable<MessageRule> RulesOf(GatewayReach gateway, Guid serviceId) =>
        db.GatewayMessageRules.Where(r => r.GatewayId == gateway.GatewayId && r.ServiceId == serviceId);

    /// <summary>The transaction's first write: a concurrent change of this gateway's rules waits here until this one commits.</summary>
    private Task LockRulesAsync(GatewayReach gateway, CancellationToken ct) =>
        db.Gateways.Where(g => g.Id == gateway.GatewayId).ExecuteUpdateAsync(set => set.SetProperty(g => g.RulesVersion, g => g.RulesVersion + 1), ct);

    private static void RequirePosition(int position, int last)
    {
        if (position < 1 || position > last)
            throw HttpError.BadRequest("InvalidPosition", $"Position must be from 1 to {last}.", nameof(CreateGatewayServiceMessageRule.Position));
    }

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static HttpError RuleNotFound() => HttpError.NotFound("Message rule not found.", nameof(GetGatewayServiceMessageRule.MessageRuleGuid));
}

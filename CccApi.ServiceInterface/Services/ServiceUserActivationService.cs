using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Email;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// SendActivationMessage: a new activation message for a user not yet activated, its token replacing any earlier one.
/// The messages count towards the service's hourly email limit, as PublicSendEmailMessage's do.
/// </summary>
public sealed class ServiceUserActivationService(
    CccDbContext db, ICallerContext caller, ActivationMessages activation, ServiceEmailQuota quota)
{
    public async Task<SendActivationMessageResponse> Post(SendActivationMessage request, CancellationToken ct)
    {
        var serviceId = await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var user = await db.ServiceUsers.AsNoTracking().Named(request).SingleOrDefaultAsync(ct) ?? throw ServiceUserLookup.NotFound(request);
        var field = request.ServiceUserGuid is null ? nameof(request.EmailAddress) : nameof(request.ServiceUserGuid);
        if (user.RegisteredOn is not null)
            throw HttpError.Conflict("The user is already activated.", field);
        if (user.Status != Data.Entities.RecordStatus.Active)
            throw HttpError.Conflict("The user is disabled.", field);
        await quota.EnsureRoomAsync(serviceId, ct);
        var sender = await activation.SenderAsync(serviceId, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await activation.QueueAsync(user, sender, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SendActivationMessageResponse();
    }
}

using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetPartnerAdminUsersValidator : AbstractValidator<GetPartnerAdminUsers>
{
    public GetPartnerAdminUsersValidator() => Include(new PagingTextRules<GetPartnerAdminUsers>());
}

using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetResellerAdminUsersValidator : AbstractValidator<GetResellerAdminUsers>
{
    public GetResellerAdminUsersValidator() => Include(new PagingTextRules<GetResellerAdminUsers>());
}

using CccApi.ServiceInterface.Email;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// PublicSendEmailMessage's input: valid addresses only (every one given, at least one in all, at most
/// <see cref="EmailLimits.Recipients"/> in all), one-line names and subject (a line break would start a header),
/// bounded bodies, and the notification form's fields together as the page says.
/// </summary>
public sealed class PublicSendEmailMessageValidator : AbstractValidator<PublicSendEmailMessage>
{
    public const string RecipientsMessage = "To, CC or BCC must contain at least 1 valid email address.";

    public PublicSendEmailMessageValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.FromEmail).NotEmpty().MaximumLength(InputLimits.Email).SingleLine().AddrSpec();
        RuleFor(x => x.FromName).MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.To).MaximumItems(EmailLimits.Recipients);
        RuleFor(x => x.Cc).MaximumItems(EmailLimits.Recipients);
        RuleFor(x => x.Bcc).MaximumItems(EmailLimits.Recipients);
        RuleForEach(x => x.To).NotEmpty().MaximumLength(InputLimits.Email).SingleLine().AddrSpec();
        RuleForEach(x => x.Cc).NotEmpty().MaximumLength(InputLimits.Email).SingleLine().AddrSpec();
        RuleForEach(x => x.Bcc).NotEmpty().MaximumLength(InputLimits.Email).SingleLine().AddrSpec();
        RuleFor(x => x.To).Must((request, _) => RecipientCount(request) > 0).WithErrorCode("NotEmpty").WithMessage(RecipientsMessage);
        RuleFor(x => x.To).Must((request, _) => RecipientCount(request) <= EmailLimits.Recipients).WithErrorCode("MaximumItems")
            .WithMessage($"To, CC and BCC may hold at most {EmailLimits.Recipients} addresses in all.")
            .When(x => new[] { x.To, x.Cc, x.Bcc }.All(list => (list?.Count ?? 0) <= EmailLimits.Recipients));
        RuleFor(x => x.Subject).MaximumLength(EmailLimits.Subject).SingleLine();
        RuleFor(x => x.BodyText).MaximumLength(EmailLimits.Body).MultiLine();
        RuleFor(x => x.BodyHtml).MaximumLength(EmailLimits.Body).MultiLine();
        RuleFor(x => x.BodyFormat).MaximumLength(InputLimits.Code)
            .Must(f => f is null || EmailBodyFormats.Parse(f) is not null).WithErrorCode("AllowableValues")
            .WithMessage("BodyFormat must be 'text' or 'html'.");
        RuleFor(x => x.BodyHtml).NotEmpty().When(x => EmailBodyFormats.Parse(x.BodyFormat) == EmailBodyFormats.Html)
            .WithMessage("BodyHtml is required when BodyFormat is 'html'.");
        RuleFor(x => x.AttachmentNames).MaximumItems(EmailLimits.AttachmentNames);
        RuleForEach(x => x.AttachmentNames).NotEmpty().MaximumLength(EmailLimits.AttachmentName).SingleLine();
        RuleFor(x => x.MessageGuid).NotEmpty().When(x => x.AttachmentNames is { Count: > 0 })
            .WithMessage("If the AttachmentNames is supplied, the MessageGuid needs to be supplied as well");
        RuleFor(x => x.ServiceGuid).NotEmpty().When(x => x.MessageGuid is not null)
            .WithMessage("ServiceGuid is required for a secure message notification.");
    }

    private static int RecipientCount(PublicSendEmailMessage request) =>
        (request.To?.Count ?? 0) + (request.Cc?.Count ?? 0) + (request.Bcc?.Count ?? 0);
}

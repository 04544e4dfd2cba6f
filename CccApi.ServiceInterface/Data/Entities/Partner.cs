using CccApi.ServiceInterface.Rules;

namespace CccApi.ServiceInterface.Data.Entities;

public class Partner
{
    public Guid Id { get; set; }

    private string _name = "";

    /// <summary>Setting it also sets <see cref="NameKey"/>, so the two cannot disagree.</summary>
    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            NameKey = NameKeys.For(value);
        }
    }

    /// <summary>The name compared without regard to case or look-alike forms; the unique index is on it.</summary>
    public string NameKey { get; private set; } = "";

    public string? CompanyName { get; set; }

    public string? ContactName { get; set; }

    /// <summary>While Disabled, none of the admins under the partner (its own, its resellers', their services') may sign in or use a key.</summary>
    public RecordStatus Status { get; set; }

    public DateTime CreatedOn { get; set; }
}

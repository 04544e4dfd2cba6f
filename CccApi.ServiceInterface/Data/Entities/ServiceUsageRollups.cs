namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A service's usage on one UTC day: the sum of its records of that day, kept in the intake's transaction.</summary>
public class ServiceUsageDay : UsageFigures
{
    public Guid ServiceId { get; set; }

    public DateTime Day { get; set; }
}

/// <summary>A service's usage in one UTC month (Month: its first day, 00:00), kept as <see cref="ServiceUsageDay"/> is.</summary>
public class ServiceUsageMonth : UsageFigures
{
    public Guid ServiceId { get; set; }

    public DateTime Month { get; set; }
}

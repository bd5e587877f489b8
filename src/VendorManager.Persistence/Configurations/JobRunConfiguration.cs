using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Persistence.Auditing;
using VendorManager.Persistence.Jobs;

namespace VendorManager.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.IsNotAudited();
        builder.Property(r => r.JobName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.Property(r => r.Instance).HasMaxLength(200);
        // The lease: only one instance can insert a job's run for a day.
        builder.HasIndex(r => new { r.JobName, r.Day }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Supervision;

namespace VendorManager.Persistence.Configurations;

internal sealed class NoticeReplyConfiguration : IEntityTypeConfiguration<NoticeReply>
{
    public void Configure(EntityTypeBuilder<NoticeReply> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Statement).HasMaxLength(Inspection.TextMaxLength);
        builder.OwnsOne(r => r.Scan, scan => StoredFileColumns.Configure(scan, "Scan"));
        builder.Property(r => r.RepliedBy).HasMaxLength(Inspection.ActorMaxLength);
        builder.Property(r => r.DecidedBy).HasMaxLength(Inspection.ActorMaxLength);
        builder.Property(r => r.ReturnReason).HasMaxLength(Inspection.TextMaxLength);
        builder.HasOne<PublicNotice>().WithMany().HasForeignKey(r => r.PublicNoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(r => r.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        // A notice asks each unit it names once.
        builder.HasIndex(r => new { r.PublicNoticeId, r.HostUnitId }).IsUnique();
        // The to-dos and the daily reminder look for the replies still awaited by their due day.
        builder.HasIndex(r => new { r.Status, r.DueOn });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Persistence.Auditing;
using VendorManager.Persistence.Identity;
using VendorManager.Persistence.Notifications;

namespace VendorManager.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        // Messages about audited events, not records of their own: auditing each one (and each "read")
        // would only repeat the log and grow it by every recipient.
        builder.IsNotAudited();
        builder.Property(n => n.RecipientUserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.DedupeKey).HasMaxLength(Notification.KeyMaxLength).IsRequired();
        builder.Property(n => n.TextKey).HasMaxLength(Notification.KeyMaxLength).IsRequired();
        builder.Property(n => n.Arguments).HasMaxLength(Notification.ArgumentsMaxLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength).IsRequired();
        builder.Ignore(n => n.IsRead);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Cascade);

        // The guarantee behind "never sent twice", whatever the code above it does.
        builder.HasIndex(n => new { n.RecipientUserId, n.DedupeKey }).IsUnique();
        // The bell's unread count and the list, newest first.
        builder.HasIndex(n => new { n.RecipientUserId, n.ReadAt });
        builder.HasIndex(n => new { n.RecipientUserId, n.CreatedAt });
    }
}

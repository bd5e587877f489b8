using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Persistence.Auditing;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Staff;

namespace VendorManager.Persistence.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Post.TitleMaxLength).IsRequired();
        builder.Property(p => p.Body).HasMaxLength(Post.BodyMaxLength).IsRequired();
        builder.Property(p => p.Importance).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.AuthorName).HasMaxLength(StaffMember.NameMaxLength).IsRequired();
        builder.Property(p => p.ReviewerName).HasMaxLength(StaffMember.NameMaxLength);
        builder.Property(p => p.EnteredBy).HasMaxLength(Post.ActorMaxLength).IsRequired();
        builder.Property(p => p.OverrideReason).HasMaxLength(Post.ReasonMaxLength);
        builder.Property(p => p.OverriddenBy).HasMaxLength(Post.ActorMaxLength);
        builder.Property(p => p.ReturnReason).HasMaxLength(Post.ReasonMaxLength);
        builder.Ignore(p => p.CurrentHits);
        builder.Ignore(p => p.HasBlockingHit);
        builder.Ignore(p => p.IsBlocked);
        builder.Ignore(p => p.NeedsFinalReview);
        builder.Ignore(p => p.Level);
        builder.Ignore(p => p.IsEditable);
        builder.HasOne<Contract>().WithMany().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Revisions).HasField("_revisions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Hits).WithOne().HasForeignKey(h => h.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Hits).HasField("_hits").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Reviews).HasField("_reviews").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Each level's queue (a unit's, an agency's) by state, oldest waiting first; an account's list.
        builder.HasIndex(p => new { p.HostUnitId, p.Status, p.WaitingSince });
        builder.HasIndex(p => new { p.AgencyId, p.Status, p.WaitingSince });
        builder.HasIndex(p => new { p.AccountId, p.PlannedPublishAt });
    }
}

internal sealed class PostRevisionConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(Post.TitleMaxLength).IsRequired();
        builder.Property(r => r.Body).HasMaxLength(Post.BodyMaxLength).IsRequired();
        builder.Property(r => r.SavedBy).HasMaxLength(Post.ActorMaxLength).IsRequired();
        builder.HasIndex(r => new { r.PostId, r.Number }).IsUnique();
    }
}

internal sealed class PostHitConfiguration : IEntityTypeConfiguration<PostHit>
{
    public void Configure(EntityTypeBuilder<PostHit> builder)
    {
        StoredHitColumns.Configure(builder);
        builder.HasIndex(h => new { h.PostId, h.Revision });
    }
}

internal sealed class PostReviewConfiguration : IEntityTypeConfiguration<PostReview>
{
    public void Configure(EntityTypeBuilder<PostReview> builder)
    {
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Reason).HasMaxLength(Post.ReasonMaxLength);
        builder.Property(r => r.By).HasMaxLength(Post.ActorMaxLength).IsRequired();
    }
}

internal sealed class PublishedPostConfiguration : IEntityTypeConfiguration<PublishedPost>
{
    public void Configure(EntityTypeBuilder<PublishedPost> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Post.TitleMaxLength).IsRequired();
        builder.Property(p => p.Address).HasMaxLength(PublishedPost.AddressMaxLength).IsRequired();
        // The text in a table of its own (entity splitting): a month's re-check stamps the list version on every post, and a
        // post's row with its text is 4.6 KB, so each stamp rewrote a page (docs/PERFORMANCE.md, decision 0024).
        builder.Property(p => p.Text).HasMaxLength(PublishedPost.TextMaxLength).IsRequired();
        builder.SplitToTable("PublishedPostTexts", t => t.Property(p => p.Text));
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Review).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.RecordedBy).HasMaxLength(Post.ActorMaxLength).IsRequired();
        builder.Ignore(p => p.IsUnreviewed);
        builder.HasOne<Contract>().WithMany().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Post>().WithMany().HasForeignKey(p => p.PostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Hits).WithOne().HasForeignKey(h => h.PublishedPostId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Hits).HasField("_hits").UsePropertyAccessMode(PropertyAccessMode.Field);

        // An account's month (monitoring report, evaluation figures, update gaps); a contract's month; one record per address.
        builder.HasIndex(p => new { p.AccountId, p.PublishedAt });
        builder.HasIndex(p => new { p.ContractId, p.PublishedAt });
        builder.HasIndex(p => new { p.AccountId, p.Address }).IsUnique();
        builder.HasIndex(p => p.PostId).IsUnique();
    }
}

internal sealed class PublishedPostHitConfiguration : IEntityTypeConfiguration<PublishedPostHit>
{
    public void Configure(EntityTypeBuilder<PublishedPostHit> builder)
    {
        StoredHitColumns.Configure(builder);
        builder.HasIndex(h => h.PublishedPostId);

        // Derived from the text and the list version, both audited: a re-check is audited as one run (decision 0024).
        builder.IsNotAudited();
    }
}

internal sealed class PublishedPostRecheckConfiguration : IEntityTypeConfiguration<PublishedPostRecheck>
{
    public void Configure(EntityTypeBuilder<PublishedPostRecheck> builder)
    {
        builder.Property(r => r.By).HasMaxLength(PublishedPostRecheck.ByMaxLength).IsRequired();
        builder.HasIndex(r => r.FinishedAt);
    }
}

/// <summary>The columns every stored hit has, whichever table it is in.</summary>
internal static class StoredHitColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : StoredHit
    {
        builder.Property(h => h.Part).HasConversion<string>().HasMaxLength(32);
        builder.Property(h => h.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(h => h.Found).HasMaxLength(StoredHit.FormMaxLength).IsRequired();
        builder.Property(h => h.RightForm).HasMaxLength(StoredHit.FormMaxLength);
    }
}

internal sealed class PostAttachmentConfiguration : IEntityTypeConfiguration<PostAttachment>
{
    public void Configure(EntityTypeBuilder<PostAttachment> builder)
    {
        StoredFileColumns.ConfigureRequired(builder, a => a.File);
        builder.Property(a => a.AttachedBy).HasMaxLength(Post.ActorMaxLength).IsRequired();
    }
}

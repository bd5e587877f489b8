using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Supervision;

namespace VendorManager.Persistence.Configurations;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.Property(i => i.Party).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.PersonName).HasMaxLength(Interview.PersonMaxLength).IsRequired();
        builder.Property(i => i.PersonPost).HasMaxLength(Interview.PersonMaxLength);
        builder.Property(i => i.Reason).HasMaxLength(Inspection.TextMaxLength).IsRequired();
        builder.Property(i => i.Outcome).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(i => i.RecordedBy).HasMaxLength(Inspection.ActorMaxLength).IsRequired();
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(i => i.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Findings).HasField("_findings").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => i.HeldOn);
        builder.Property(i => i.Place).HasMaxLength(Interview.PlaceMaxLength);
        builder.Property(i => i.Interviewers).HasMaxLength(Inspection.InspectorsMaxLength);
        builder.Property(i => i.Minutes).HasMaxLength(Interview.MinutesMaxLength);
        builder.HasMany(i => i.OtherPersons).WithOne().HasForeignKey(p => p.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.OtherPersons).HasField("_otherPersons").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Commitments).WithOne().HasForeignKey(c => c.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Commitments).HasField("_commitments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Attachments).WithOne().HasForeignKey(a => a.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InterviewPersonConfiguration : IEntityTypeConfiguration<InterviewPerson>
{
    public void Configure(EntityTypeBuilder<InterviewPerson> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Interview.PersonMaxLength).IsRequired();
        builder.Property(p => p.Post).HasMaxLength(Interview.PersonMaxLength);
    }
}

internal sealed class InterviewCommitmentConfiguration : IEntityTypeConfiguration<InterviewCommitment>
{
    public void Configure(EntityTypeBuilder<InterviewCommitment> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(Inspection.TextMaxLength).IsRequired();
        builder.Property(c => c.CompletedBy).HasMaxLength(Inspection.ActorMaxLength);
        builder.Property(c => c.CompletionNote).HasMaxLength(Inspection.TextMaxLength);

        // The county's to-do counts the open commitments past their deadline.
        builder.HasIndex(c => new { c.CompletedAt, c.Deadline });
    }
}

internal sealed class InterviewAttachmentConfiguration : IEntityTypeConfiguration<InterviewAttachment>
{
    public void Configure(EntityTypeBuilder<InterviewAttachment> builder)
    {
        StoredFileColumns.ConfigureRequired(builder, a => a.File);
        builder.Property(a => a.AttachedBy).HasMaxLength(Inspection.ActorMaxLength).IsRequired();
    }
}

internal sealed class InterviewFindingConfiguration : IEntityTypeConfiguration<InterviewFinding>
{
    public void Configure(EntityTypeBuilder<InterviewFinding> builder)
    {
        builder.HasKey(f => new { f.InterviewId, f.FindingId });
        builder.HasOne<Finding>().WithMany().HasForeignKey(f => f.FindingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> builder)
    {
        builder.Property(n => n.Title).HasMaxLength(PublicNotice.TitleMaxLength).IsRequired();
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.DraftedBy).HasMaxLength(Inspection.ActorMaxLength).IsRequired();
        builder.Property(n => n.IssuedBy).HasMaxLength(Inspection.ActorMaxLength);
        builder.Property(n => n.DocumentNumber).HasMaxLength(PublicNotice.NumberMaxLength);

        // Two notices issued at the same moment cannot take the same 文号: the second save fails and is retried by its user.
        builder.HasIndex(n => new { n.NumberYear, n.NumberSequence }).IsUnique();
        builder.HasMany(n => n.Entries).WithOne().HasForeignKey(e => e.PublicNoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NoticeEntryConfiguration : IEntityTypeConfiguration<NoticeEntry>
{
    public void Configure(EntityTypeBuilder<NoticeEntry> builder)
    {
        builder.Property(e => e.Party).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Named).HasMaxLength(NoticeEntry.NamedMaxLength).IsRequired();
        builder.Property(e => e.Reasons).HasMaxLength(Inspection.TextMaxLength).IsRequired();
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(e => e.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NoticeReceiptConfiguration : IEntityTypeConfiguration<NoticeReceipt>
{
    public void Configure(EntityTypeBuilder<NoticeReceipt> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.UserName).HasMaxLength(Inspection.ActorMaxLength).IsRequired();
        builder.HasOne<PublicNotice>().WithMany().HasForeignKey(r => r.PublicNoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<HostUnit>().WithMany().HasForeignKey(r => r.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PublicNoticeId, r.UserId }).IsUnique();
    }
}

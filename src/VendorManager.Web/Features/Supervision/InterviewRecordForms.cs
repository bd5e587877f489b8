using VendorManager.Domain.Supervision;

namespace VendorManager.Web.Features.Supervision;

/// <summary>An interview as its detail and print pages show it; <see cref="MayEdit"/> is the county office's.</summary>
public sealed record InterviewView(
    int Id,
    int Version,
    DateOnly HeldOn,
    TimeOnly? StartedAt,
    string? Place,
    PartyKind Party,
    string PartyName,
    IReadOnlyList<PersonInterviewed> Persons,
    string? Interviewers,
    string Reason,
    string? Outcome,
    string? Minutes,
    IReadOnlyList<InterviewProblem> Problems,
    IReadOnlyList<CommitmentRow> Commitments,
    IReadOnlyList<InterviewAttachmentRow> Attachments,
    bool MayEdit);

/// <summary>A finding the interview raised.</summary>
public sealed record InterviewProblem(int FindingId, DateOnly FoundOn, string Account, ProblemCategory Category, string Description);

/// <summary>A commitment and where it stands today.</summary>
public sealed record CommitmentRow(int Id, string Text, DateOnly Deadline, CommitmentState State, string? CompletionNote, DateOnly? CompletedOn);

public sealed record InterviewAttachmentRow(int Id, string FileName, long Size, string Href);

/// <summary>The write-up of the meeting: persons (the principal first), interviewers, time, place and minutes.</summary>
public sealed class InterviewWriteUpForm
{
    public List<PersonForm> Persons { get; set; } = [];

    public string? Interviewers { get; set; }

    public TimeSpan? StartedAt { get; set; }

    public string? Place { get; set; }

    public string? Minutes { get; set; }

    public int Version { get; set; }

    public static InterviewWriteUpForm From(InterviewView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Persons = [.. view.Persons.Select(p => new PersonForm { Name = p.Name, Post = p.Post })],
            Interviewers = view.Interviewers,
            StartedAt = view.StartedAt?.ToTimeSpan(),
            Place = view.Place,
            Minutes = view.Minutes,
            Version = view.Version,
        };
    }
}

public sealed class PersonForm
{
    public string? Name { get; set; }

    public string? Post { get; set; }
}

/// <summary>A commitment (承诺整改事项) to add.</summary>
public sealed class CommitmentForm
{
    public string? Text { get; set; }

    public DateTime? Deadline { get; set; }

    public int Version { get; set; }
}

namespace Consultations.Domain.Circulars;

/// <summary>A reservation at the meeting, or a formal opposition after it, by one Member State.</summary>
public sealed record MemberStateStatement(string MemberStateCode, string Text, DateOnly Date);

using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Post { get; set; } = "";
    [PersonalData(PersonalDataCategory.Behavioral)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public int[] ReadingTimes { get; set; } = [];
    public int[] PublicCounters { get; set; } = [];
}

public interface IVectors
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddVector(float[] vector);
    [ConsentSink(Purposes.GenerativeTraining)] void AddNumber(double n);
}

// Numbers computed from personal data are personal: a toy embedding of a post's characters, features of personal numbers.
public class Features(IVectors vectors, IConsentProvider consent)
{
    public void ToyEmbedding(Member m) => vectors.AddVector({|CG0001:m.Post.Select(c => (float)c).ToArray()|});
    public void CharacterCodes(Member m) => vectors.AddVector({|CG0001:m.Post.Where(char.IsLetter).Select(c => (float)c / 128f).ToArray()|});
    public void Scaled(Member m) => vectors.AddVector({|CG0001:m.ReadingTimes.Select(t => t / 60f).ToArray()|});
    public void Averaged(Member m) => vectors.AddNumber({|CG0001:m.ReadingTimes.Average(t => (double)t)|});
    public void Indexed(Member m) => vectors.AddVector({|CG0001:m.ReadingTimes.Select((t, i) => (float)(t * i)).ToArray()|});

    // Compliant twins: the numbers of non-personal data, an index alone, a count, and the embedding under a check.
    public void PublicNumbers(Member m) => vectors.AddVector(m.PublicCounters.Select(c => (float)c).ToArray());
    public void IndexOnly(Member m) => vectors.AddVector(m.ReadingTimes.Select((t, i) => (float)i).ToArray());
    public void Length(Member m) => vectors.AddNumber(m.Post.Length);
    public void Checked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            vectors.AddVector(m.Post.Select(c => (float)c).ToArray());
    }
}
